package dev.schemac.processor.snapshot;

import dev.schemac.schema.SchemaModel;
import java.util.Objects;

/**
 * What the committed snapshot file says: the schema the migrations produce. It keeps tables and columns that no
 * entity maps any more (schemac never drops them by itself); that they are unmapped is derived by comparing with
 * the entities, not stored.
 *
 * @param schema the database schema after every migration
 */
public record Snapshot(SchemaModel schema) {
    /** The snapshot of a project without migrations. */
    public static final Snapshot EMPTY = new Snapshot(SchemaModel.EMPTY);

    public Snapshot {
        Objects.requireNonNull(schema, "schema");
    }
}
