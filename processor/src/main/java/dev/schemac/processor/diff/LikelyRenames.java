package dev.schemac.processor.diff;

import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Spots what looks like a rename nobody declared: in one diff, a column no longer mapped and a new one of the same
 * type in the same table, or a table no longer mapped and a new one with the same columns. schemac never acts on
 * the guess (the migration adds and keeps); it suggests {@code @RenamedFrom}, as Room asks instead of guessing.
 */
final class LikelyRenames {
    private LikelyRenames() {
    }

    static void find(SchemaModel before, SchemaModel model, NextSchema next, List<Advice> advice) {
        Map<QualifiedName, Table> old = Names.tables(before.tables());
        for (Table table : model.tables()) {
            Table was = old.get(table.name());
            if (was == null) {
                continue;
            }
            Map<String, Column> oldColumns = Names.columnsByName(was);
            Set<String> retained = next.retainedColumns(table.name());
            for (Column column : table.columns()) {
                if (oldColumns.containsKey(column.name())) {
                    continue;
                }
                List<String> sameType = retained.stream()
                        .filter(r -> oldColumns.get(r).type().equals(column.type())).toList();
                if (sameType.size() == 1) {
                    advice.add(new Advice(Advice.Kind.LIKELY_RENAME,
                            new Change.OfColumn(new ColumnRef(table.name(), column.name())), sameType.get(0)));
                }
            }
        }
        for (Table table : model.tables()) {
            if (old.containsKey(table.name())) {
                continue;
            }
            List<QualifiedName> alike = next.retainedTables().stream()
                    .filter(r -> columns(old.get(r)).equals(columns(table))).toList();
            if (alike.size() == 1) {
                advice.add(new Advice(Advice.Kind.LIKELY_RENAME, new Change.OfTable(table.name()),
                        alike.get(0).name()));
            }
        }
    }

    /** The columns by name with their types: what a renamed table keeps. */
    private static Map<String, Object> columns(Table table) {
        Map<String, Object> columns = new TreeMap<>();
        table.columns().forEach(c -> columns.put(c.name(), c.type()));
        return columns;
    }
}
