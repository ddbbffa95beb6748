package dev.schemac.internal.migrate;

import dev.schemac.internal.index.IndexEntry;

/** How error messages and log lines name a migration, so that a person can find its source. */
final class MigrationLabel {
    private MigrationLabel() {
    }

    /** E.g. {@code migration 20261121093000 CreateCustomer (com.example.db.V20261121093000__CreateCustomer)}. */
    static String of(IndexEntry entry) {
        return "migration " + entry.version() + " " + entry.description() + " (" + entry.className() + ")";
    }
}
