package dev.schemac.processor.read;

import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;

/**
 * What collections add to the schema besides their owner's table: collection and join tables, and the join
 * columns a unidirectional {@code @OneToMany} puts into its target's table. Those go in once every entity's table
 * was read, since the target may come later.
 */
final class CollectionDrafts {
    /** A table of its own, and the collection attribute that maps it. */
    private record Owned(TableDraft table, Element field, String path) {
    }

    /** Columns and constraints for another entity's table. */
    private record Contribution(QualifiedName target, Element field, String path, Consumer<TableDraft> action) {
    }

    private final List<Owned> tables = new ArrayList<>();
    private final Set<TableDraft> collectionTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Contribution> contributions = new ArrayList<>();
    private final List<Runnable> afterJoinColumns = new ArrayList<>();

    void addTable(TableDraft table, Element field, String path) {
        tables.add(new Owned(table, field, path));
        collectionTables.add(table);
    }

    /** Whether the table is a collection or join table, rather than an entity's. */
    boolean isCollectionTable(TableDraft table) {
        return collectionTables.contains(table);
    }

    /** Adds to the table named {@code target} once all entity tables are read. */
    void contribute(QualifiedName target, Element field, String path, Consumer<TableDraft> action) {
        contributions.add(new Contribution(target, field, path, action));
    }

    /** Runs {@code reading} once the join columns of one-to-many associations are in their targets' tables. */
    void afterJoinColumns(Runnable reading) {
        afterJoinColumns.add(reading);
    }

    /**
     * Applies the contributions to the entity tables, runs what waited for them, and returns the collection and join
     * tables, leaving out after
     * reporting it any that repeats another table's name: Hibernate would merge the two into one table.
     */
    /** Records that each collection or join table comes from its collection's field, not from its owner class. */
    void recordOrigins(Origins origins) {
        for (Owned owned : tables) {
            origins.tableOf(owned.table().name(), new Origins.Origin(owned.field(), owned.path()));
        }
    }

    List<TableDraft> resolve(List<TableDraft> entityTables, Problems problems) {
        Map<QualifiedName, TableDraft> byName = new LinkedHashMap<>();
        for (TableDraft table : entityTables) {
            byName.putIfAbsent(table.name(), table);
        }
        for (Contribution contribution : contributions) {
            TableDraft target = byName.get(contribution.target());
            if (target == null) {
                problems.invalid(contribution.field(), contribution.path() + " adds its join column to the table "
                        + contribution.target() + ", which no entity of this compilation maps");
            } else {
                contribution.action().accept(target);
            }
        }
        afterJoinColumns.forEach(Runnable::run);
        Map<QualifiedName, String> users = new LinkedHashMap<>();
        byName.forEach((name, table) -> users.put(name, "the entity " + table.entity().getSimpleName()));
        List<TableDraft> result = new ArrayList<>();
        for (Owned owned : tables) {
            String earlier = users.putIfAbsent(owned.table().name(), owned.path());
            if (earlier != null) {
                problems.invalid(owned.field(), owned.path() + " maps the table " + owned.table().name() + ", as "
                        + earlier + " does; Hibernate would merge both into one table, which schemac does not"
                        + " model. Name this table with @JoinTable(name) or @CollectionTable(name)");
            } else {
                result.add(owned.table());
            }
        }
        return result;
    }
}
