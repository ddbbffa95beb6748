package dev.schemac;

import java.time.Duration;

/**
 * A migration whose {@code down} this rollback ran, and whose history row it deleted.
 *
 * @param version its version, e.g. {@code 20261121093000}
 * @param description its description, e.g. {@code AddCustomerPhone}
 * @param statements how many SQL statements its {@code down} ran
 * @param duration how long it took, commit included
 */
public record RolledBackMigration(String version, String description, int statements, Duration duration) {
}
