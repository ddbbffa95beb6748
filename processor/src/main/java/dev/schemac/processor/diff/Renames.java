package dev.schemac.processor.diff;

import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameConstraint;
import dev.schemac.operation.RenameIndex;
import dev.schemac.operation.RenameSequence;
import dev.schemac.operation.RenameTable;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Carries out the {@code @RenamedFrom} decisions on the snapshot's schema: renames tables and columns, then the
 * constraints, indexes and sequences whose names were derived from the old names, and returns the snapshot's
 * schema as it is after those renames, so that the rest of the diff compares like with like. A constraint or index
 * is renamed when its definition is unchanged and only its name differs; an explicitly named one keeps its name
 * and so needs nothing.
 */
final class Renames {
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, Table> mapped;
    private final OperationPlan plan;
    private final ChangeLog changes;
    private final List<Advice> advice;
    private final Set<QualifiedName> touched = new LinkedHashSet<>();
    private final Map<QualifiedName, QualifiedName> movedTables = new LinkedHashMap<>();

    private Renames(SchemaModel before, SchemaModel model, OperationPlan plan, ChangeLog changes,
            List<Advice> advice) {
        before.tables().forEach(t -> tables.put(t.name(), t));
        this.mapped = Names.tables(model.tables());
        this.plan = plan;
        this.changes = changes;
        this.advice = advice;
    }

    /** The snapshot's schema after the renames; the rename operations go into {@code plan}. */
    static SchemaModel apply(SchemaModel before, SchemaModel model, Decisions decisions, OperationPlan plan,
            ChangeLog changes, List<Advice> advice) {
        if (decisions.tableRenames().isEmpty() && decisions.columnRenames().isEmpty()) {
            return before;
        }
        Renames renames = new Renames(before, model, plan, changes, advice);
        decisions.tableRenames().forEach(renames::table);
        decisions.columnRenames().forEach(renames::column);
        for (QualifiedName name : renames.touched) {
            Table now = renames.mapped.get(name);
            if (now != null) {
                renames.tables.put(name, renames.derivedNames(renames.tables.get(name), now));
            }
        }
        List<Sequence> sequences = renames.sequences(before.sequences(), model.sequences());
        return new SchemaModel(List.copyOf(renames.tables.values()), sequences);
    }

    private void table(QualifiedName name, String oldName) {
        QualifiedName old = name.sibling(oldName);
        if (tables.containsKey(name) || old.equals(name)) {
            if (!old.equals(name) && tables.containsKey(old) && !mapped.containsKey(old)) {
                advice.add(new Advice(Advice.Kind.RENAME_TARGET_EXISTS, new Change.OfTable(name), oldName));
            }
            return; // Renamed by an earlier migration: the annotation has done its work.
        }
        Table was = tables.get(old);
        if (was == null || mapped.containsKey(old)) {
            advice.add(new Advice(was == null ? Advice.Kind.RENAME_SOURCE_MISSING : Advice.Kind.RENAME_SOURCE_MAPPED,
                    new Change.OfTable(name), oldName));
            return;
        }
        Map<QualifiedName, Table> renamed = new LinkedHashMap<>();
        tables.forEach((n, t) -> renamed.put(n.equals(old) ? name : n, n.equals(old) ? t.withName(name) : t));
        tables.clear();
        tables.putAll(renamed);
        plan.add(Phase.RENAME, new RenameTable(old, name.name()), new RenameTable(name, oldName));
        changes.tableRenamed(old, name);
        movedTables.put(old, name);
        touched.add(name);
        // PostgreSQL keeps the foreign keys of other tables pointing at the renamed one.
        retarget(key -> key.target().equals(old) ? withTarget(key, name, key.targetColumns()) : key);
    }

    private void column(ColumnRef ref, String oldName) {
        Table table = tables.get(ref.table());
        Set<String> columns = table == null ? Set.of() : Names.columns(table);
        if (columns.contains(ref.column()) || oldName.equals(ref.column())) {
            if (!oldName.equals(ref.column()) && columns.contains(oldName)
                    && !Names.columns(mapped.get(ref.table())).contains(oldName)) {
                advice.add(new Advice(Advice.Kind.RENAME_TARGET_EXISTS, new Change.OfColumn(ref), oldName));
            }
            return;
        }
        if (!columns.contains(oldName)) {
            advice.add(new Advice(Advice.Kind.RENAME_SOURCE_MISSING, new Change.OfColumn(ref), oldName));
            return;
        }
        if (Names.columns(mapped.get(ref.table())).contains(oldName)) {
            advice.add(new Advice(Advice.Kind.RENAME_SOURCE_MAPPED, new Change.OfColumn(ref), oldName));
            return;
        }
        UnaryOperator<String> rename = c -> c.equals(oldName) ? ref.column() : c;
        tables.put(table.name(), renameColumn(table, rename));
        plan.add(Phase.RENAME, new RenameColumn(table.name(), oldName, ref.column()),
                new RenameColumn(table.name(), ref.column(), oldName));
        changes.columnRenamed(new ColumnRef(table.name(), oldName), ref.column());
        touched.add(table.name());
        retarget(key -> key.target().equals(table.name())
                ? withTarget(key, key.target(), key.targetColumns().stream().map(rename).toList()) : key);
    }

    /** The table with the column renamed everywhere it is named: columns, keys and indexes. */
    private static Table renameColumn(Table table, UnaryOperator<String> rename) {
        List<Column> columns = table.columns().stream()
                .map(c -> new Column(rename.apply(c.name()), c.type(), c.nullable(), c.defaultValue(), c.identity()))
                .toList();
        PrimaryKey key = table.primaryKey() == null ? null
                : new PrimaryKey(table.primaryKey().name(), map(table.primaryKey().columns(), rename));
        return table.withColumns(columns).withPrimaryKey(key)
                .withUniques(table.uniques().stream().map(u -> new Unique(u.name(), map(u.columns(), rename))).toList())
                .withForeignKeys(table.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
                        map(f.columns(), rename), f.target(), f.targetColumns(), f.onDelete())).toList())
                .withIndexes(table.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                        .map(c -> new IndexColumn(rename.apply(c.name()), c.descending())).toList(), i.unique()))
                        .toList());
    }

    /** Rewrites every table's foreign keys; a table whose keys change has derived names to check. */
    private void retarget(UnaryOperator<ForeignKey> change) {
        for (Map.Entry<QualifiedName, Table> entry : tables.entrySet()) {
            Table table = entry.getValue();
            List<ForeignKey> keys = table.foreignKeys().stream().map(change).toList();
            if (!keys.equals(table.foreignKeys())) {
                entry.setValue(table.withForeignKeys(keys));
                touched.add(table.name());
            }
        }
    }

    /**
     * Renames the constraints and indexes of a renamed (or re-pointed) table whose definition is the one the
     * entities want under another name: Hibernate derives {@code <table>_pkey}, {@code FK<hash>}, {@code UK<hash>}
     * and {@code IDX<hash>} names from the table and column names.
     */
    private Table derivedNames(Table was, Table now) {
        PrimaryKey key = was.primaryKey();
        if (key != null && now.primaryKey() != null && !key.name().equals(now.primaryKey().name())
                && key.columns().equals(now.primaryKey().columns())) {
            renameConstraint(was.name(), key.name(), now.primaryKey().name());
            key = now.primaryKey();
        }
        Set<String> oldNames = Names.constraints(was);
        Set<String> newNames = Names.constraints(now);
        return was.withPrimaryKey(key)
                .withUniques(matched(was.uniques(), now.uniques(), Unique::name, u -> u.columns(),
                        oldNames, newNames, (u, n) -> new Unique(n, u.columns()), was.name()))
                .withChecks(matched(was.checks(), now.checks(), Check::name, Check::expression,
                        oldNames, newNames, (c, n) -> new Check(n, c.expression()), was.name()))
                .withForeignKeys(matched(was.foreignKeys(), now.foreignKeys(), ForeignKey::name,
                        f -> List.of(f.columns(), f.target(), f.targetColumns(), f.onDelete()), oldNames, newNames,
                        (f, n) -> new ForeignKey(n, f.columns(), f.target(), f.targetColumns(), f.onDelete()),
                        was.name()))
                .withIndexes(indexes(was, now));
    }

    private <T> List<T> matched(List<T> was, List<T> now, Function<T, String> name, Function<T, Object> definition,
            Set<String> oldNames, Set<String> newNames, Renamer<T> renamer, QualifiedName table) {
        List<T> result = new ArrayList<>();
        for (T item : was) {
            T target = counterpart(item, now, name, definition, oldNames, newNames);
            if (target == null) {
                result.add(item);
            } else {
                renameConstraint(table, name.apply(item), name.apply(target));
                result.add(renamer.rename(item, name.apply(target)));
            }
        }
        return result;
    }

    private List<Index> indexes(Table was, Table now) {
        Set<String> oldNames = new LinkedHashSet<>();
        was.indexes().forEach(i -> oldNames.add(i.name()));
        Set<String> newNames = new LinkedHashSet<>();
        now.indexes().forEach(i -> newNames.add(i.name()));
        List<Index> result = new ArrayList<>();
        for (Index index : was.indexes()) {
            Index target = counterpart(index, now.indexes(), Index::name, i -> List.of(i.columns(), i.unique()),
                    oldNames, newNames);
            if (target == null) {
                result.add(index);
            } else {
                plan.add(Phase.RENAME, new RenameIndex(was.name().sibling(index.name()), target.name()),
                        new RenameIndex(was.name().sibling(target.name()), index.name()));
                changes.constraintRenamed(was.name(), "index " + index.name(), target.name());
                result.add(new Index(target.name(), index.columns(), index.unique()));
            }
        }
        return result;
    }

    /** The entities' item with the same definition under a name the snapshot does not use, if this one's is gone. */
    private static <T> T counterpart(T item, List<T> now, Function<T, String> name, Function<T, Object> definition,
            Set<String> oldNames, Set<String> newNames) {
        if (newNames.contains(name.apply(item))) {
            return null;
        }
        Object wanted = definition.apply(item);
        for (T candidate : now) {
            if (!oldNames.contains(name.apply(candidate)) && Objects.equals(wanted, definition.apply(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private void renameConstraint(QualifiedName table, String from, String to) {
        plan.add(Phase.RENAME, new RenameConstraint(table, from, to), new RenameConstraint(table, to, from));
        changes.constraintRenamed(table, "constraint " + from, to);
    }

    /** A sequence named after a renamed table ({@code <table>_seq}) follows it, keeping its value. */
    private List<Sequence> sequences(List<Sequence> before, List<Sequence> wanted) {
        Map<QualifiedName, Sequence> old = new LinkedHashMap<>();
        before.forEach(s -> old.put(s.name(), s));
        Set<QualifiedName> wantedNames = new LinkedHashSet<>();
        wanted.forEach(s -> wantedNames.add(s.name()));
        for (Sequence sequence : wanted) {
            if (old.containsKey(sequence.name())) {
                continue;
            }
            for (Map.Entry<QualifiedName, QualifiedName> moved : movedTables.entrySet()) {
                String newTable = moved.getValue().name();
                if (!sequence.name().name().startsWith(newTable)) {
                    continue;
                }
                QualifiedName source = sequence.name().sibling(moved.getKey().name()
                        + sequence.name().name().substring(newTable.length()));
                Sequence was = old.get(source);
                if (was != null && !wantedNames.contains(source)) {
                    plan.add(Phase.RENAME, new RenameSequence(source, sequence.name().name()),
                            new RenameSequence(sequence.name(), source.name()));
                    changes.sequenceRenamed(source, sequence.name().name());
                    Map<QualifiedName, Sequence> renamed = new LinkedHashMap<>();
                    old.forEach((n, s) -> renamed.put(n.equals(source) ? sequence.name() : n, n.equals(source)
                            ? new Sequence(sequence.name(), s.start(), s.increment()) : s));
                    old.clear();
                    old.putAll(renamed);
                    break;
                }
            }
        }
        return List.copyOf(old.values());
    }

    private static ForeignKey withTarget(ForeignKey key, QualifiedName target, List<String> targetColumns) {
        return new ForeignKey(key.name(), key.columns(), target, targetColumns, key.onDelete());
    }

    private static List<String> map(List<String> names, UnaryOperator<String> rename) {
        return names.stream().map(rename).toList();
    }

    /** The same item under another name. */
    private interface Renamer<T> {
        T rename(T item, String name);
    }
}
