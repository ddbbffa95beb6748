package dev.schemac.processor.diff;

import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What people decided in the source about the schema's evolution, in schema terms: schemac guesses none of it.
 * Names are those of the entities (after the renames) unless said otherwise.
 *
 * @param tableRenames per table, the name it had in the snapshot ({@code @RenamedFrom} on an entity class)
 * @param columnRenames per column, the name it had in the snapshot ({@code @RenamedFrom} on a field)
 * @param columnDrops unmapped columns to drop, with the reason ({@code @DropColumn})
 * @param tableDrops unmapped tables to drop, with the reason ({@code @DropTable}); names as in the snapshot
 * @param backfills per column, the SQL expression that fills existing rows when it becomes NOT NULL
 *     ({@code @Backfill})
 */
public record Decisions(Map<QualifiedName, String> tableRenames, Map<ColumnRef, String> columnRenames,
        Map<ColumnRef, String> columnDrops, Map<QualifiedName, String> tableDrops, Map<ColumnRef, String> backfills) {
    /** No decisions: what the diff does without annotations. */
    public static final Decisions NONE = new Decisions(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /** Sorted copies, so that the diff visits decisions in the same order on every machine. */
    public Decisions {
        tableRenames = Collections.unmodifiableMap(new TreeMap<>(tableRenames));
        columnRenames = Collections.unmodifiableMap(new TreeMap<>(columnRenames));
        columnDrops = Collections.unmodifiableMap(new TreeMap<>(columnDrops));
        tableDrops = Collections.unmodifiableMap(new TreeMap<>(tableDrops));
        backfills = Collections.unmodifiableMap(new TreeMap<>(backfills));
    }
}
