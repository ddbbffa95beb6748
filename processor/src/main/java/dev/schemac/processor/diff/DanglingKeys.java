package dev.schemac.processor.diff;

import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes kept foreign keys that could no longer exist: a key of a retained table, or one the entities no longer
 * declare, whose referenced table lost the primary key or unique constraint it relied on. Dropping such a key
 * loses no data; keeping it would make the migration fail.
 */
final class DanglingKeys {
    private DanglingKeys() {
    }

    static List<Table> remove(List<Table> tables, Map<QualifiedName, Table> mapped) {
        Map<QualifiedName, Table> byName = Names.tables(tables);
        Map<QualifiedName, Set<Set<String>>> keys = new HashMap<>();
        List<Table> valid = new ArrayList<>(tables.size());
        for (Table table : tables) {
            Table declared = mapped.get(table.name());
            Set<ForeignKey> trusted = declared == null ? Set.of() : new HashSet<>(declared.foreignKeys());
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                Table target = byName.get(key.target());
                if (trusted.contains(key) || target != null
                        && keys.computeIfAbsent(key.target(), t -> keys(target)).contains(set(key.targetColumns()))) {
                    kept.add(key);
                }
            }
            valid.add(kept.size() == table.foreignKeys().size() ? table : table.withForeignKeys(kept));
        }
        return valid;
    }

    /** The column sets a foreign key may reference: the primary key, unique constraints and unique indexes. */
    private static Set<Set<String>> keys(Table table) {
        Set<Set<String>> keys = new HashSet<>();
        if (table.primaryKey() != null) {
            keys.add(set(table.primaryKey().columns()));
        }
        for (Unique unique : table.uniques()) {
            keys.add(set(unique.columns()));
        }
        for (Index index : table.indexes()) {
            if (index.unique()) {
                keys.add(set(index.columns().stream().map(IndexColumn::name).toList()));
            }
        }
        return keys;
    }

    static Set<String> set(List<String> columns) {
        return new TreeSet<>(columns);
    }
}
