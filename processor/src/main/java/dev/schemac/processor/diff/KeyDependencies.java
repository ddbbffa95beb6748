package dev.schemac.processor.diff;

import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.DropConstraint;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign keys that do not change themselves but reference a primary key or unique constraint that is dropped and
 * added again: PostgreSQL refuses to drop a key others depend on, so they are dropped first and added back last.
 */
final class KeyDependencies {
    /** A key: a table and a set of its columns. */
    private record Key(QualifiedName table, Set<String> columns) {
    }

    /** An unchanged foreign key and the table that owns it. */
    private record Owned(QualifiedName table, ForeignKey foreignKey) {
    }

    private final Set<Key> dropped = new HashSet<>();
    private final List<Owned> unchanged = new ArrayList<>();

    void dropped(QualifiedName table, List<String> columns) {
        dropped.add(new Key(table, DanglingKeys.set(columns)));
    }

    void unchanged(QualifiedName table, ForeignKey foreignKey) {
        unchanged.add(new Owned(table, foreignKey));
    }

    /** Drops and re-adds the unchanged foreign keys that reference a dropped key. */
    void rebuild(OperationPlan plan) {
        if (dropped.isEmpty()) {
            return;
        }
        for (Owned owned : unchanged) {
            ForeignKey key = owned.foreignKey();
            if (dropped.contains(new Key(key.target(), DanglingKeys.set(key.targetColumns())))) {
                DropConstraint drop = new DropConstraint(owned.table(), key.name());
                AddForeignKey add = new AddForeignKey(owned.table(), key);
                plan.add(Phase.DROP_FOREIGN_KEY, drop, add);
                plan.add(Phase.ADD_FOREIGN_KEY, add, drop);
            }
        }
    }
}
