package dev.schemac.processor.diff;

import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.SchemaModel;

/** Compares the snapshot with the entities' schema. Pure: no compiler, no database. */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    public static DiffResult compare(Snapshot before, SchemaModel after) {
        throw new UnsupportedOperationException("not yet");
    }
}
