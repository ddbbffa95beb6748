package dev.schemac.processor.diff;

import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropDefault;
import dev.schemac.operation.DropNotNull;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.operation.Risk;
import dev.schemac.operation.SetDefault;
import dev.schemac.operation.SetNotNull;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The column operations that take an existing table to its next form. Within {@link Phase#NULLABILITY} each column
 * goes: identity dropped, default, NULL allowed, backfill and NOT NULL, identity added; PostgreSQL needs a column
 * NOT NULL and without default before it becomes an identity, and the backfill may use the new default.
 */
final class ColumnDiff {
    private final QualifiedName table;
    private final OperationPlan plan;
    private final ChangeLog changes;
    private final Map<ColumnRef, String> backfills;

    private ColumnDiff(QualifiedName table, OperationPlan plan, ChangeLog changes, Map<ColumnRef, String> backfills) {
        this.table = table;
        this.plan = plan;
        this.changes = changes;
        this.backfills = backfills;
    }

    /** @param backfills the people's values ({@code @Backfill}) for rows that exist when a column becomes NOT NULL */
    static void compare(Table was, Table next, Set<String> retained, OperationPlan plan, ChangeLog changes,
            Map<ColumnRef, String> backfills) {
        ColumnDiff diff = new ColumnDiff(next.name(), plan, changes, backfills);
        Map<String, Column> old = Names.columnsByName(was);
        for (Column column : next.columns()) {
            Column before = old.get(column.name());
            if (before == null) {
                diff.added(column);
            } else {
                diff.changed(before, column, retained.contains(column.name()));
            }
        }
    }

    /**
     * A new column. One that is NOT NULL without a default is added nullable, filled, then made NOT NULL, so that
     * the migration does not fail on a table that has rows.
     */
    private void added(Column column) {
        ColumnRef ref = new ColumnRef(table, column.name());
        changes.columnAdded(ref);
        Operation drop = new DropColumn(table, column.name(), null);
        if (column.nullable() || column.defaultValue() != null || column.identity()) {
            plan.add(Phase.ADD_COLUMN, new AddColumn(table, column), drop);
            return;
        }
        plan.add(Phase.ADD_COLUMN, new AddColumn(table, column.withNullable(true)), drop);
        // Undone by dropping the column.
        plan.add(Phase.NULLABILITY, notNull(column, backfills.get(ref)), List.of());
    }

    private void changed(Column was, Column now, boolean retained) {
        ColumnRef ref = new ColumnRef(table, now.name());
        if (retained) {
            changes.columnRetained(ref);
        }
        if (!was.type().equals(now.type())) {
            type(ref, was.type(), now.type());
        }
        if (was.identity() && !now.identity()) {
            changes.identityChanged(ref, false);
            plan.add(Phase.NULLABILITY, List.of(sql(ColumnSql.dropIdentity(table, now.name()))), addIdentity(now));
        }
        if (!Objects.equals(was.defaultValue(), now.defaultValue())) {
            changes.defaultChanged(ref, was.defaultValue(), now.defaultValue());
            plan.add(Phase.NULLABILITY, setDefault(now.name(), now.defaultValue()),
                    setDefault(now.name(), was.defaultValue()));
        }
        if (!was.nullable() && now.nullable()) {
            if (retained) {
                changes.columnReleased(ref);
            } else {
                changes.nullabilityChanged(ref, true);
            }
            plan.add(Phase.NULLABILITY, new DropNotNull(table, now.name()), new SetNotNull(table, now.name()));
        } else if (was.nullable() && !now.nullable()) {
            changes.nullabilityChanged(ref, false);
            // With a default, PostgreSQL fills the NULLs with it: "set c = default".
            plan.add(Phase.NULLABILITY, notNull(now, now.defaultValue() != null ? "default"
                            : backfills.get(new ColumnRef(table, now.name()))),
                    List.of(new DropNotNull(table, now.name())));
        }
        if (!was.identity() && now.identity()) {
            changes.identityChanged(ref, true);
            plan.add(Phase.NULLABILITY, addIdentity(now), List.of(sql(ColumnSql.dropIdentity(table, now.name()))));
        }
    }

    private void type(ColumnRef ref, ColumnType from, ColumnType to) {
        String column = ref.column();
        AlterColumnType up = new AlterColumnType(table, column, from, to, using(column, from, to), null);
        AlterColumnType down = new AlterColumnType(table, column, to, from, using(column, to, from), null);
        changes.typeChanged(ref, from, to, up.risk() == Risk.DESTRUCTIVE);
        plan.add(Phase.ALTER_TYPE, up, down);
    }

    private static String using(String column, ColumnType from, ColumnType to) {
        return TypeFamilies.convertsImplicitly(from, to) ? null : ColumnSql.cast(column, to);
    }

    /**
     * Backfill and NOT NULL. Without a default or a person's value, the backfill writes what a Java primitive reads
     * by default; for other types there is no safe value, and the column is reported so that a person gives one.
     */
    private List<Operation> notNull(Column column, String fill) {
        String value = fill != null ? fill : TypeFamilies.zero(column.type());
        List<Operation> operations = new ArrayList<>();
        if (value == null) {
            changes.needsBackfill(new ColumnRef(table, column.name()));
        } else {
            operations.add(sql(ColumnSql.backfill(table, column.name(), value)));
        }
        operations.add(new SetNotNull(table, column.name()));
        return operations;
    }

    private List<Operation> addIdentity(Column column) {
        return List.of(sql(ColumnSql.addIdentity(table, column.name())),
                sql(ColumnSql.restartIdentity(table, column.name())));
    }

    private List<Operation> setDefault(String column, String expression) {
        return List.of(expression == null ? new DropDefault(table, column) : new SetDefault(table, column, expression));
    }

    private static Operation sql(String statement) {
        return new ExecuteSql(statement, null);
    }
}
