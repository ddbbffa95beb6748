package dev.schemac.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.Schemac;
import dev.schemac.processor.snapshot.SnapshotJson;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import dev.schemac.testing.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What PostgreSQL's catalog should say about a database that a snapshot describes, in the lines {@link Catalog}
 * reads, so that a test can compare the two. Covers the types of the shop model; other types fail loudly.
 */
public final class SnapshotCatalog {
    private SnapshotCatalog() {
    }

    /**
     * Asserts that the database holds what the project's snapshot says: its tables and no other (besides the history
     * table), their columns, constraints and indexes, and its sequences.
     */
    public static void assertDatabaseIsTheSnapshot(Catalog catalog, TestProject project) throws Exception {
        SchemaModel schema = SnapshotJson.read(project.read(TestProject.SNAPSHOT)).schema();
        assertEquals(expected(schema), actual(catalog, schema), "the database differs from the snapshot");
        assertEquals(sequences(schema), sequences(catalog, schema), "the sequences differ from the snapshot");
        List<String> tables = new ArrayList<>(schema.tables().stream().map(t -> t.name().name()).toList());
        tables.add(Schemac.DEFAULT_HISTORY_TABLE);
        assertEquals(tables.stream().sorted().toList(), catalog.strings("select tablename from pg_tables"
                + " where schemaname = 'public'").stream().sorted().toList(), "the tables differ from the snapshot");
    }

    /** Per table (default schema): its columns, constraints and index names, as expected from the snapshot. */
    public static Map<String, List<String>> expected(SchemaModel schema) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table table : schema.tables()) {
            tables.put(table.name().name(), describe(table));
        }
        return tables;
    }

    /** The same, as the database has it. */
    public static Map<String, List<String>> actual(Catalog catalog, SchemaModel schema) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Table table : schema.tables()) {
            String name = table.name().name();
            // PostgreSQL keeps a text default with the column's type cast: 'n/a'::character varying.
            List<String> lines = new ArrayList<>(catalog.columns("public", name).stream()
                    .map(line -> line.replace("::character varying", "")).toList());
            // Sorted here, not by the database's collation, to compare with the sorted expectation.
            lines.addAll(catalog.constraints("public", name).stream()
                    // CHECK expressions come back rewritten by PostgreSQL; their names are what the snapshot fixes.
                    .map(c -> c.contains(" CHECK ") ? c.substring(0, c.indexOf(" CHECK ")) + " CHECK" : c)
                    .sorted().toList());
            lines.addAll(catalog.indexes("public", name).stream()
                    .map(i -> "index " + i.split(" ")[i.startsWith("CREATE UNIQUE") ? 3 : 2])
                    .sorted().toList());
            tables.put(name, lines);
        }
        return tables;
    }

    /** {@code start increment} of each sequence, by name. */
    static Map<String, List<String>> sequences(SchemaModel schema) {
        Map<String, List<String>> sequences = new TreeMap<>();
        for (Sequence sequence : schema.sequences()) {
            sequences.put(sequence.name().name(), List.of(sequence.start() + " " + sequence.increment()));
        }
        return sequences;
    }

    static Map<String, List<String>> sequences(Catalog catalog, SchemaModel schema) {
        Map<String, List<String>> sequences = new TreeMap<>();
        for (Sequence sequence : schema.sequences()) {
            sequences.put(sequence.name().name(), catalog.sequence("public", sequence.name().name()));
        }
        return sequences;
    }

    private static List<String> describe(Table table) {
        List<String> lines = new ArrayList<>();
        for (Column column : table.columns()) {
            lines.add(column.name() + " " + catalogType(column.type()) + (column.nullable() ? "" : " not null")
                    + (column.defaultValue() == null ? "" : " default " + column.defaultValue())
                    + (column.identity() ? " identity" : ""));
        }
        Map<String, String> constraints = new TreeMap<>();
        Map<String, String> indexes = new TreeMap<>();
        if (table.primaryKey() != null) {
            constraints.put(table.primaryKey().name(), "PRIMARY KEY (" + String.join(", ", table.primaryKey().columns())
                    + ")");
            indexes.put(table.primaryKey().name(), "");
        }
        for (Unique unique : table.uniques()) {
            constraints.put(unique.name(), "UNIQUE (" + String.join(", ", unique.columns()) + ")");
            indexes.put(unique.name(), "");
        }
        for (Check check : table.checks()) {
            constraints.put(check.name(), "CHECK");
        }
        for (ForeignKey key : table.foreignKeys()) {
            constraints.put(key.name(), "FOREIGN KEY (" + String.join(", ", key.columns()) + ") REFERENCES "
                    + key.target().name() + "(" + String.join(", ", key.targetColumns()) + ")");
        }
        for (Index index : table.indexes()) {
            indexes.put(index.name(), "");
        }
        constraints.forEach((name, definition) -> lines.add(name + " " + definition));
        indexes.keySet().forEach(name -> lines.add("index " + name));
        return lines;
    }

    private static String catalogType(ColumnType type) {
        return switch (type.name()) {
            case "bigint", "integer", "smallint", "boolean", "text", "date", "uuid", "bytea" -> type.name();
            case "varchar" -> "character varying(" + type.size() + ")";
            case "numeric" -> type.toString();
            case "timestamptz" -> "timestamp(" + type.size() + ") with time zone";
            default -> throw new IllegalArgumentException("no catalog spelling for " + type + " in this test yet");
        };
    }
}
