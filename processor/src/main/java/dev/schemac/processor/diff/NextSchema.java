package dev.schemac.processor.diff;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The schema after the migration: the entities' schema plus what schemac keeps because it never drops data by
 * itself. Tables and sequences no entity maps stay as they are; columns no field maps stay, made nullable when the
 * application's inserts could otherwise fail; constraints and indexes on kept data stay too.
 *
 * @param schema the schema after the migration
 * @param retainedTables tables of the snapshot that no entity maps
 * @param retainedColumns per mapped table, its snapshot columns that no field maps
 * @param retainedSequences sequences of the snapshot that no entity uses
 */
record NextSchema(SchemaModel schema, Set<QualifiedName> retainedTables,
        Map<QualifiedName, Set<String>> retainedColumns, Set<QualifiedName> retainedSequences) {

    static NextSchema plan(SchemaModel before, SchemaModel model) {
        return plan(before, model, Decisions.NONE);
    }

    /** As {@link #plan(SchemaModel, SchemaModel)}, without the unmapped columns and tables a person decided to drop. */
    static NextSchema plan(SchemaModel before, SchemaModel model, Decisions decisions) {
        Map<QualifiedName, Table> old = Names.tables(before.tables());
        Map<QualifiedName, Table> mapped = Names.tables(model.tables());
        Set<QualifiedName> retainedTables = new LinkedHashSet<>();
        for (Table table : before.tables()) {
            if (!mapped.containsKey(table.name()) && !decisions.tableDrops().containsKey(table.name())) {
                retainedTables.add(table.name());
            }
        }
        Map<QualifiedName, Set<String>> retainedColumns = new HashMap<>();
        for (Table table : model.tables()) {
            Table was = old.get(table.name());
            if (was != null) {
                Set<String> mappedColumns = Names.columns(table);
                Set<String> gone = new LinkedHashSet<>();
                was.columns().stream().map(Column::name).filter(c -> !mappedColumns.contains(c))
                        .filter(c -> !decisions.columnDrops().containsKey(new ColumnRef(table.name(), c)))
                        .forEach(gone::add);
                if (!gone.isEmpty()) {
                    retainedColumns.put(table.name(), gone);
                }
            }
        }
        Retention retention = new Retention(retainedTables, retainedColumns);
        List<Table> tables = new ArrayList<>();
        for (Table table : model.tables()) {
            Table was = old.get(table.name());
            tables.add(was == null ? table : retention.merge(was, table));
        }
        retainedTables.forEach(name -> tables.add(old.get(name)));
        List<Table> valid = DanglingKeys.remove(tables, mapped);
        Set<QualifiedName> retainedSequences = new LinkedHashSet<>();
        List<Sequence> sequences = sequences(before, model, retainedSequences);
        return new NextSchema(new SchemaModel(valid, sequences), retainedTables, retainedColumns, retainedSequences);
    }

    /** The columns of a mapped table that no field maps any more; empty when there are none. */
    Set<String> retainedColumns(QualifiedName table) {
        return retainedColumns.getOrDefault(table, Set.of());
    }

    /** What no entity maps any more, and how a mapped table keeps its part of it. */
    private record Retention(Set<QualifiedName> tables, Map<QualifiedName, Set<String>> columns) {
        private Table merge(Table was, Table table) {
            if (tables.isEmpty() && columns.isEmpty()) {
                // Nothing is kept anywhere, so nothing can be kept here: the usual build.
                return table;
            }
            return merge(was, table, columns.getOrDefault(table.name(), Set.of()));
        }

        /** A foreign key the entities no longer declare stays when it belongs to kept data. */
        private boolean keeps(ForeignKey key, Set<String> gone) {
            return involves(key.columns(), gone) || tables.contains(key.target())
                    || involves(key.targetColumns(), columns.getOrDefault(key.target(), Set.of()));
        }

        private Table merge(Table was, Table table, Set<String> gone) {
            PrimaryKey primaryKey = table.primaryKey();
            if (primaryKey == null && was.primaryKey() != null && involves(was.primaryKey().columns(), gone)) {
                primaryKey = was.primaryKey();
            }
            Set<String> taken = Names.constraints(table);
            Set<String> indexNames = new HashSet<>();
            table.indexes().forEach(i -> indexNames.add(i.name()));
            return new Table(table.name(), mergedColumns(was, table, gone, primaryKey), primaryKey,
                    kept(table.uniques(), was.uniques(),
                            u -> !taken.contains(u.name()) && involves(u.columns(), gone)),
                    kept(table.checks(), was.checks(),
                            c -> !taken.contains(c.name()) && ExpressionNames.mentions(c.expression(), gone)),
                    kept(table.foreignKeys(), was.foreignKeys(), f -> !taken.contains(f.name()) && keeps(f, gone)),
                    kept(table.indexes(), was.indexes(),
                            i -> !indexNames.contains(i.name()) && involves(columnNames(i), gone)));
        }
    }

    /**
     * The mapped columns in the entities' order, each retained column after the column it followed in the
     * snapshot. A retained column is made nullable when it is NOT NULL without a default, not an identity and not
     * in the primary key, so that inserts that no longer set it keep working.
     */
    private static List<Column> mergedColumns(Table was, Table table, Set<String> gone, PrimaryKey primaryKey) {
        if (gone.isEmpty()) {
            return table.columns();
        }
        Set<String> keyColumns = primaryKey == null ? Set.of() : new HashSet<>(primaryKey.columns());
        Map<String, List<Column>> after = new HashMap<>();
        Set<String> mapped = Names.columns(table);
        String anchor = null;
        for (Column column : was.columns()) {
            if (mapped.contains(column.name())) {
                anchor = column.name();
            } else if (gone.contains(column.name())) {
                boolean release = !column.nullable() && column.defaultValue() == null && !column.identity()
                        && !keyColumns.contains(column.name());
                after.computeIfAbsent(anchor, a -> new ArrayList<>()).add(release ? column.withNullable(true) : column);
            }
        }
        List<Column> columns = new ArrayList<>(after.getOrDefault(null, List.of()));
        for (Column column : table.columns()) {
            columns.add(column);
            columns.addAll(after.getOrDefault(column.name(), List.of()));
        }
        return columns;
    }

    private static List<Sequence> sequences(SchemaModel before, SchemaModel model, Set<QualifiedName> retained) {
        Map<QualifiedName, Sequence> old = new HashMap<>();
        before.sequences().forEach(s -> old.put(s.name(), s));
        Set<QualifiedName> used = new HashSet<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : model.sequences()) {
            used.add(sequence.name());
            Sequence was = old.get(sequence.name());
            // A sequence that exists has moved past its start; a new start value would change nothing.
            sequences.add(was == null ? sequence : new Sequence(sequence.name(), was.start(), sequence.increment()));
        }
        for (Sequence sequence : before.sequences()) {
            if (!used.contains(sequence.name())) {
                retained.add(sequence.name());
                sequences.add(sequence);
            }
        }
        return sequences;
    }

    private static <T> List<T> kept(List<T> mapped, List<T> was, Predicate<T> keep) {
        List<T> items = new ArrayList<>(mapped);
        was.stream().filter(keep).forEach(items::add);
        return items;
    }

    private static boolean involves(Collection<String> columns, Set<String> gone) {
        if (gone.isEmpty()) {
            return false;
        }
        for (String column : columns) {
            if (gone.contains(column)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> columnNames(Index index) {
        return index.columns().stream().map(IndexColumn::name).toList();
    }
}
