package dev.schemac.processor.snapshot;

import dev.schemac.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * What the committed snapshot file says: the schema the migrations produce, and which migrations those are. It keeps
 * tables and columns that no entity maps any more (schemac never drops them by itself); that they are unmapped is
 * derived by comparing with the entities, not stored.
 *
 * @param schema the database schema after every migration
 * @param migrations the versions of the migrations the schema is the result of, in version order; null for a
 *     snapshot of format 1, which did not record them
 */
public record Snapshot(SchemaModel schema, List<String> migrations) {
    /** The snapshot of a project without migrations. */
    public static final Snapshot EMPTY = new Snapshot(SchemaModel.EMPTY);

    public Snapshot {
        Objects.requireNonNull(schema, "schema");
        migrations = migrations == null ? null : List.copyOf(migrations);
    }

    /** A snapshot of {@code schema} that records no migration. */
    public Snapshot(SchemaModel schema) {
        this(schema, List.of());
    }

    /** Whether the file recorded its migrations (format 2 and later). */
    public boolean recordsMigrations() {
        return migrations != null;
    }

    /** This snapshot's schema as the result of {@code migrations}. */
    public Snapshot withMigrations(List<String> migrations) {
        return new Snapshot(schema, Objects.requireNonNull(migrations, "migrations"));
    }
}
