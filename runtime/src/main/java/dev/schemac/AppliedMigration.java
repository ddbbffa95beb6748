package dev.schemac;

import java.time.Duration;

/**
 * A migration applied by this run.
 *
 * @param version its version, e.g. {@code 20261121093000}
 * @param description its description, e.g. {@code CreateCustomer}
 * @param statements how many SQL statements it ran
 * @param duration how long it took, commit included
 */
public record AppliedMigration(String version, String description, int statements, Duration duration) {
}
