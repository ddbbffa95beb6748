package dev.schemac.internal.migrate;

import dev.schemac.MigrationReport;
import javax.sql.DataSource;

/** Applies pending migrations: placeholder until the migrator lands. */
public final class Migrator {
    public Migrator(DataSource dataSource, String historyTable, String indexResource, ClassLoader loader,
            boolean outOfOrder) {
    }

    public MigrationReport migrate() {
        throw new UnsupportedOperationException("not yet");
    }
}
