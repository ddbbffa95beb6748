package dev.schemac.processor.diff;

import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Lookups by name, so that the diff stays linear in the size of the schema. */
final class Names {
    private Names() {
    }

    static Map<QualifiedName, Table> tables(List<Table> tables) {
        Map<QualifiedName, Table> byName = new HashMap<>(tables.size() * 2);
        tables.forEach(t -> byName.put(t.name(), t));
        return byName;
    }

    static Set<String> columns(Table table) {
        Set<String> names = new HashSet<>();
        table.columns().forEach(c -> names.add(c.name()));
        return names;
    }

    /** The names of the primary key, unique, check and foreign key constraints: they share one namespace. */
    static Set<String> constraints(Table table) {
        Set<String> names = new HashSet<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> names.add(u.name()));
        table.checks().forEach(c -> names.add(c.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        return names;
    }

    /** The items by name, in their order. */
    static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        items.forEach(i -> byName.putIfAbsent(name.apply(i), i));
        return byName;
    }

    static Map<String, Column> columnsByName(Table table) {
        return byName(table.columns(), Column::name);
    }
}
