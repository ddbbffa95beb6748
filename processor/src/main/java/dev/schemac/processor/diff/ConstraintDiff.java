package dev.schemac.processor.diff;

import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropIndex;
import dev.schemac.operation.Operation;
import dev.schemac.schema.Check;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import java.util.Map;

/**
 * The constraint and index operations that take an existing table to its next form. Constraints are matched by
 * name; one whose definition changed is dropped and added again. Dropping loses no data.
 */
final class ConstraintDiff {
    private final QualifiedName table;
    private final OperationPlan plan;
    private final ChangeLog changes;
    private final KeyDependencies keys;

    private ConstraintDiff(QualifiedName table, OperationPlan plan, ChangeLog changes, KeyDependencies keys) {
        this.table = table;
        this.plan = plan;
        this.changes = changes;
        this.keys = keys;
    }

    static void compare(Table was, Table next, OperationPlan plan, ChangeLog changes, KeyDependencies keys) {
        ConstraintDiff diff = new ConstraintDiff(next.name(), plan, changes, keys);
        diff.primaryKey(was.primaryKey(), next.primaryKey());
        diff.reconcile(was.uniques(), next.uniques(), diff.new Uniques());
        diff.reconcile(was.checks(), next.checks(), diff.new Checks());
        diff.reconcile(was.foreignKeys(), next.foreignKeys(), diff.new ForeignKeys());
        diff.reconcile(was.indexes(), next.indexes(), diff.new Indexes());
    }

    private void primaryKey(PrimaryKey was, PrimaryKey next) {
        if (was == null && next == null || was != null && was.equals(next)) {
            return;
        }
        if (was != null) {
            keys.dropped(table, was.columns());
            plan.add(Phase.DROP_CONSTRAINT, new DropConstraint(table, was.name()), new AddPrimaryKey(table, was));
        }
        if (next != null) {
            plan.add(Phase.ADD_CONSTRAINT, new AddPrimaryKey(table, next), new DropConstraint(table, next.name()));
        }
        if (was == null) {
            changes.constraintAdded(table, "primary key " + next.name());
        } else if (next == null) {
            changes.constraintRemoved(table, "primary key " + was.name());
        } else {
            changes.constraintChanged(table, "primary key", was.name() + " " + Definitions.columns(was.columns()),
                    next.name() + " " + Definitions.columns(next.columns()));
        }
    }

    /** Matches items by name: gone ones are dropped, changed ones dropped and added, new ones added. */
    private <T> void reconcile(List<T> was, List<T> next, Kind<T> kind) {
        Map<String, T> now = Names.byName(next, kind::name);
        Map<String, T> old = Names.byName(was, kind::name);
        for (T item : was) {
            T current = now.get(kind.name(item));
            if (current == null) {
                kind.drop(item);
                changes.constraintRemoved(table, kind.label(item));
            } else if (!current.equals(item)) {
                kind.drop(item);
                kind.add(current);
                changes.constraintChanged(table, kind.label(item), kind.definition(item), kind.definition(current));
            } else {
                kind.unchanged(item);
            }
        }
        for (T item : next) {
            if (!old.containsKey(kind.name(item))) {
                kind.add(item);
                changes.constraintAdded(table, kind.label(item));
            }
        }
    }

    /** How one kind of constraint or index is named, described, dropped and added. */
    private abstract static class Kind<T> {
        abstract String name(T item);

        /** E.g. {@code unique constraint customer_email_key}. */
        abstract String label(T item);

        abstract String definition(T item);

        abstract void drop(T item);

        abstract void add(T item);

        void unchanged(T item) {
        }
    }

    /** Unique constraints; dropping one may take away a key foreign keys reference. */
    private final class Uniques extends Kind<Unique> {
        @Override
        String name(Unique item) {
            return item.name();
        }

        @Override
        String label(Unique item) {
            return "unique constraint " + item.name();
        }

        @Override
        String definition(Unique item) {
            return Definitions.columns(item.columns());
        }

        @Override
        void drop(Unique item) {
            keys.dropped(table, item.columns());
            plan.add(Phase.DROP_CONSTRAINT, dropConstraint(item.name()), new AddUnique(table, item));
        }

        @Override
        void add(Unique item) {
            plan.add(Phase.ADD_CONSTRAINT, new AddUnique(table, item), dropConstraint(item.name()));
        }
    }

    /** Check constraints. */
    private final class Checks extends Kind<Check> {
        @Override
        String name(Check item) {
            return item.name();
        }

        @Override
        String label(Check item) {
            return "check constraint " + item.name();
        }

        @Override
        String definition(Check item) {
            return item.expression();
        }

        @Override
        void drop(Check item) {
            plan.add(Phase.DROP_CONSTRAINT, dropConstraint(item.name()), new AddCheck(table, item));
        }

        @Override
        void add(Check item) {
            plan.add(Phase.ADD_CONSTRAINT, new AddCheck(table, item), dropConstraint(item.name()));
        }
    }

    /** Foreign keys: dropped first and added last; unchanged ones may need rebuilding. */
    private final class ForeignKeys extends Kind<ForeignKey> {
        @Override
        String name(ForeignKey item) {
            return item.name();
        }

        @Override
        String label(ForeignKey item) {
            return "foreign key " + item.name();
        }

        @Override
        String definition(ForeignKey item) {
            return Definitions.foreignKey(item);
        }

        @Override
        void drop(ForeignKey item) {
            plan.add(Phase.DROP_FOREIGN_KEY, dropConstraint(item.name()), new AddForeignKey(table, item));
        }

        @Override
        void add(ForeignKey item) {
            plan.add(Phase.ADD_FOREIGN_KEY, new AddForeignKey(table, item), dropConstraint(item.name()));
        }

        @Override
        void unchanged(ForeignKey item) {
            keys.unchanged(table, item);
        }
    }

    /** Indexes, named in their table's schema; a unique one may be a key foreign keys reference. */
    private final class Indexes extends Kind<Index> {
        @Override
        String name(Index item) {
            return item.name();
        }

        @Override
        String label(Index item) {
            return "index " + item.name();
        }

        @Override
        String definition(Index item) {
            return Definitions.index(item);
        }

        @Override
        void drop(Index item) {
            if (item.unique()) {
                keys.dropped(table, item.columns().stream().map(IndexColumn::name).toList());
            }
            plan.add(Phase.DROP_CONSTRAINT, new DropIndex(table.sibling(item.name())), new CreateIndex(table, item));
        }

        @Override
        void add(Index item) {
            plan.add(Phase.CREATE_INDEX, new CreateIndex(table, item), new DropIndex(table.sibling(item.name())));
        }
    }

    private Operation dropConstraint(String name) {
        return new DropConstraint(table, name);
    }
}
