package dev.schemac.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.Operation;
import dev.schemac.schema.ColumnRef;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.util.List;

/** Runs the diff and checks what must hold for every input, so each test only states what is special to it. */
final class Diffs {
    private Diffs() {
    }

    static DiffResult diff(SchemaModel before, SchemaModel model) {
        return diff(before, model, Decisions.NONE);
    }

    /** As {@link #diff(SchemaModel, SchemaModel)} with people's decisions, which alone may approve data loss. */
    static DiffResult diff(SchemaModel before, SchemaModel model, Decisions decisions) {
        DiffResult result = SchemaDiff.compare(new Snapshot(before), model, decisions);
        SchemaModel next = result.next().schema();
        assertEquals(ModelDatabase.normalized(next), ModelDatabase.apply(before, result.up()),
                "up must take the database from the snapshot to the next snapshot");
        assertEquals(ModelDatabase.normalized(before), ModelDatabase.apply(next, result.down()),
                "down must take the database back");
        DiffResult again = SchemaDiff.compare(result.next(), model, decisions);
        assertEquals(List.of(), again.up(), "the next build must need no migration");
        assertEquals(result.changes().stream().filter(c -> c.kind() == Change.Kind.RETAINED).toList(),
                again.changes(), "the next build must report only what is retained, as this one does");
        assertEquals(!result.up().isEmpty(), result.changes().stream().anyMatch(c -> c.kind().needsMigration()),
                "check mode must fail exactly when generate mode writes a migration");
        assertEquals(result, SchemaDiff.compare(new Snapshot(before), model, decisions),
                "the diff must be deterministic");
        for (Operation operation : concat(result.up(), result.down())) {
            boolean decided = operation instanceof DropColumn drop
                    && decisions.columnDrops().containsKey(new ColumnRef(drop.table(), drop.column()))
                    || operation instanceof DropTable dropped && decisions.tableDrops().containsKey(dropped.table());
            assertEquals(decided, operation.approval() != null,
                    "schemac approves data loss only as people decided: " + operation.describe());
        }
        return result;
    }

    static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    static SchemaModel schema(List<Table> tables, Sequence... sequences) {
        return new SchemaModel(tables, List.of(sequences));
    }

    static List<String> descriptions(DiffResult result) {
        return result.changes().stream().map(Change::description).toList();
    }

    static List<String> up(DiffResult result) {
        return result.up().stream().map(Operation::describe).toList();
    }

    static List<String> down(DiffResult result) {
        return result.down().stream().map(Operation::describe).toList();
    }

    static void assertBefore(List<String> operations, String first, String second) {
        int a = operations.indexOf(first);
        int b = operations.indexOf(second);
        assertTrue(a >= 0 && b >= 0 && a < b, first + " must come before " + second + " in " + operations);
    }

    private static List<Operation> concat(List<Operation> a, List<Operation> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
