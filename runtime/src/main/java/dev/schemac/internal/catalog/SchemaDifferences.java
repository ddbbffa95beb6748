package dev.schemac.internal.catalog;

import dev.schemac.Difference;
import dev.schemac.Difference.Kind;
import dev.schemac.Difference.ObjectType;
import dev.schemac.schema.Column;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares two schema models, the expected one (the snapshot) and the actual one (the database), into the list of
 * their differences: pure, no database. Names are compared exactly (schemac chooses every constraint and index
 * name); column types, defaults and check expressions are compared as given, so both sides must be spelt by the
 * database first (see {@link ExpectedSpelling}), except in the tables of {@code unspelt}, whose types, defaults and
 * check expressions are not compared.
 */
public final class SchemaDifferences {
    private final List<Difference> differences = new ArrayList<>();
    private final Set<QualifiedName> unspelt;

    private SchemaDifferences(Set<QualifiedName> unspelt) {
        this.unspelt = unspelt;
    }

    /** Every difference: the expected tables in order, then extra tables, then sequences. */
    public static List<Difference> between(SchemaModel expected, SchemaModel actual, Set<QualifiedName> unspelt) {
        SchemaDifferences diff = new SchemaDifferences(unspelt);
        for (Table table : expected.tables()) {
            Optional<Table> live = actual.findTable(table.name());
            if (live.isEmpty()) {
                diff.add(Kind.MISSING, ObjectType.TABLE, table.name().toString(), null, null, null);
            } else {
                diff.table(table, live.get());
            }
        }
        for (Table live : actual.tables()) {
            if (expected.findTable(live.name()).isEmpty()) {
                diff.add(Kind.EXTRA, ObjectType.TABLE, live.name().toString(), null, null,
                        live.columns().size() + " column(s)");
            }
        }
        diff.compareByName(ObjectType.SEQUENCE, expected.sequences(), actual.sequences(),
                s -> s.name().toString(), SchemaDifferences::sequence, s -> s.name().toString());
        return List.copyOf(diff.differences);
    }

    private void table(Table expected, Table actual) {
        boolean spelt = !unspelt.contains(expected.name());
        for (Column column : expected.columns()) {
            String subject = expected.name() + "." + column.name();
            Optional<Column> found = actual.findColumn(column.name());
            if (found.isEmpty()) {
                add(Kind.MISSING, ObjectType.COLUMN, subject, null, null, null);
                continue;
            }
            Column live = found.get();
            if (spelt) {
                changed(ObjectType.COLUMN, subject, "type", column.type().toString(), live.type().toString());
            }
            changed(ObjectType.COLUMN, subject, "nullability", nullability(column), nullability(live));
            if (spelt) {
                changed(ObjectType.COLUMN, subject, "default", words(column.defaultValue()),
                        words(live.defaultValue()));
            }
            changed(ObjectType.COLUMN, subject, "identity", identity(column), identity(live));
        }
        for (Column live : actual.columns()) {
            if (expected.findColumn(live.name()).isEmpty()) {
                add(Kind.EXTRA, ObjectType.COLUMN, expected.name() + "." + live.name(), null, null,
                        live.type() + ", " + nullability(live));
            }
        }
        String on = " on " + expected.name();
        compareByName(ObjectType.PRIMARY_KEY, listOf(expected.primaryKey()), listOf(actual.primaryKey()),
                p -> p.name() + on, SchemaDifferences::primaryKey, PrimaryKey::name);
        compareByName(ObjectType.UNIQUE, expected.uniques(), actual.uniques(), u -> u.name() + on,
                SchemaDifferences::unique, Unique::name);
        compareByName(ObjectType.CHECK, expected.checks(), actual.checks(), c -> c.name() + on,
                c -> spelt ? c.expression() : "", c -> c.name());
        compareByName(ObjectType.FOREIGN_KEY, expected.foreignKeys(), actual.foreignKeys(), f -> f.name() + on,
                SchemaDifferences::foreignKey, ForeignKey::name);
        compareByName(ObjectType.INDEX, expected.indexes(), actual.indexes(), i -> i.name() + on,
                SchemaDifferences::index, Index::name);
    }

    /**
     * Objects matched by name: missing ones in the expected order, changed definitions, then extra ones in name
     * order.
     */
    private <T> void compareByName(ObjectType object, List<T> expected, List<T> actual, Function<T, String> subject,
            Function<T, String> definition, Function<T, String> name) {
        Map<String, T> live = new TreeMap<>();
        actual.forEach(a -> live.put(name.apply(a), a));
        Map<String, T> wanted = new TreeMap<>();
        expected.forEach(e -> wanted.put(name.apply(e), e));
        for (T e : expected) {
            T a = live.get(name.apply(e));
            if (a == null) {
                add(Kind.MISSING, object, subject.apply(e), null, definition.apply(e), null);
            } else {
                changed(object, subject.apply(e), object == ObjectType.CHECK ? "expression" : "definition",
                        definition.apply(e), definition.apply(a));
            }
        }
        for (T a : live.values()) {
            if (!wanted.containsKey(name.apply(a))) {
                add(Kind.EXTRA, object, subject.apply(a), null, null, definition.apply(a));
            }
        }
    }

    private void changed(ObjectType object, String subject, String property, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            add(Kind.CHANGED, object, subject, property, expected, actual);
        }
    }

    private void add(Kind kind, ObjectType object, String subject, String property, String expected, String actual) {
        differences.add(new Difference(kind, object, subject, property, expected, actual));
    }

    private static <T> List<T> listOf(T item) {
        return item == null ? List.of() : List.of(item);
    }

    private static String nullability(Column column) {
        return column.nullable() ? "nullable" : "not null";
    }

    private static String identity(Column column) {
        return column.identity() ? "generated by default as identity" : "none";
    }

    private static String words(String sql) {
        return sql == null ? "none" : sql;
    }

    private static String primaryKey(PrimaryKey key) {
        return "(" + String.join(", ", key.columns()) + ")";
    }

    private static String unique(Unique unique) {
        return "(" + String.join(", ", unique.columns()) + ")";
    }

    private static String foreignKey(ForeignKey key) {
        return "(" + String.join(", ", key.columns()) + ") references " + key.target() + " ("
                + String.join(", ", key.targetColumns()) + ") on delete " + key.onDelete().sql();
    }

    private static String index(Index index) {
        return (index.unique() ? "unique " : "") + "(" + String.join(", ",
                index.columns().stream().map(Object::toString).toList()) + ")";
    }

    private static String sequence(Sequence sequence) {
        return "start " + sequence.start() + " increment " + sequence.increment();
    }
}
