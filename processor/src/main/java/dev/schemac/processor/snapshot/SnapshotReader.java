package dev.schemac.processor.snapshot;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the snapshot layout {@link SnapshotWriter} writes, refusing anything else with the JSON path of the fault. */
final class SnapshotReader {
    private static final List<String> DOCUMENT = List.of("format", "migrations", "tables", "sequences");
    private static final List<String> TABLE = List.of("schema", "name", "columns", "primaryKey", "uniques", "checks",
            "foreignKeys", "indexes");
    private static final List<String> COLUMN = List.of("name", "type", "nullable", "default", "identity");
    private static final List<String> NAMED_COLUMNS = List.of("name", "columns");
    private static final List<String> CHECK = List.of("name", "expression");
    private static final List<String> FOREIGN_KEY = List.of("name", "columns", "targetSchema", "target",
            "targetColumns", "onDelete");
    private static final List<String> INDEX = List.of("name", "columns", "unique");
    private static final List<String> SEQUENCE = List.of("schema", "name", "start", "increment");

    private SnapshotReader() {
    }

    static Snapshot read(String text) throws SnapshotFormatException {
        JsonFields document = JsonFields.of(JsonTree.parse(text), "", DOCUMENT);
        long format = checkFormat(document);
        List<String> migrations = format == SnapshotJson.FIRST_FORMAT ? null : migrations(document);
        List<Table> tables = new ArrayList<>();
        for (JsonFields table : document.objects("tables", true, TABLE)) {
            tables.add(table(table));
        }
        List<Sequence> sequences = new ArrayList<>();
        Set<QualifiedName> sequenceNames = new HashSet<>();
        for (JsonFields sequence : document.objects("sequences", true, SEQUENCE)) {
            Sequence read = build(sequence.path(), () -> new Sequence(name(sequence),
                    sequence.whole("start"), sequence.whole("increment")));
            if (!sequenceNames.add(read.name())) {
                throw new SnapshotFormatException(sequence.path() + ": a second sequence named " + read.name());
            }
            sequences.add(read);
        }
        return new Snapshot(build("tables", () -> new SchemaModel(tables, sequences)), migrations);
    }

    /** The recorded versions: digits, each once, in version order (as written, so that a hand edit shows). */
    private static List<String> migrations(JsonFields document) throws SnapshotFormatException {
        List<String> versions = document.strings("migrations");
        for (int i = 0; i < versions.size(); i++) {
            String version = versions.get(i);
            if (!version.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new SnapshotFormatException(document.path("migrations") + "[" + i + "]: expected the digits of"
                        + " a migration version but found " + version);
            }
            if (i > 0 && IndexEntry.VERSION_ORDER.compare(versions.get(i - 1), version) >= 0) {
                throw new SnapshotFormatException(document.path("migrations") + "[" + i + "]: " + version
                        + " does not sort after " + versions.get(i - 1));
            }
        }
        return versions;
    }

    private static long checkFormat(JsonFields document) throws SnapshotFormatException {
        if (!document.has("format")) {
            throw document.error("format", "missing; this is not a schemac snapshot");
        }
        long format = document.whole("format");
        if (format > SnapshotJson.FORMAT) {
            throw document.error("format", "written by a newer schemac (format " + format + "); this version reads"
                    + " format " + SnapshotJson.FORMAT + ": upgrade schemac");
        }
        if (format < SnapshotJson.FIRST_FORMAT) {
            throw document.error("format", "expected " + SnapshotJson.FIRST_FORMAT + " to " + SnapshotJson.FORMAT
                    + " but found " + format);
        }
        if (format == SnapshotJson.FIRST_FORMAT && document.has("migrations")) {
            throw document.error("migrations", "not part of format " + format + "; set the format to "
                    + SnapshotJson.FORMAT);
        }
        return format;
    }

    private static Table table(JsonFields table) throws SnapshotFormatException {
        List<Column> columns = new ArrayList<>();
        for (JsonFields column : table.objects("columns", true, COLUMN)) {
            columns.add(build(column.path(), () -> new Column(column.string("name"),
                    ColumnType.parse(column.string("type")), column.bool("nullable"),
                    column.optionalString("default"), column.optionalBool("identity", false))));
        }
        JsonFields primaryKey = table.optionalObject("primaryKey", NAMED_COLUMNS);
        PrimaryKey key = primaryKey == null ? null : build(primaryKey.path(),
                () -> new PrimaryKey(primaryKey.string("name"), primaryKey.strings("columns")));
        List<Unique> uniques = new ArrayList<>();
        for (JsonFields unique : table.objects("uniques", false, NAMED_COLUMNS)) {
            uniques.add(build(unique.path(), () -> new Unique(unique.string("name"), unique.strings("columns"))));
        }
        List<Check> checks = new ArrayList<>();
        for (JsonFields check : table.objects("checks", false, CHECK)) {
            checks.add(build(check.path(), () -> new Check(check.string("name"), check.string("expression"))));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonFields foreignKey : table.objects("foreignKeys", false, FOREIGN_KEY)) {
            foreignKeys.add(build(foreignKey.path(), () -> foreignKey(foreignKey)));
        }
        List<Index> indexes = new ArrayList<>();
        for (JsonFields index : table.objects("indexes", false, INDEX)) {
            indexes.add(build(index.path(), () -> new Index(index.string("name"),
                    index.strings("columns").stream().map(IndexColumn::parse).toList(),
                    index.optionalBool("unique", false))));
        }
        Table read = build(table.path(), () -> new Table(name(table), columns, key, uniques, checks, foreignKeys,
                indexes));
        checkConstraintNames(table, read);
        return read;
    }

    private static ForeignKey foreignKey(JsonFields key) throws SnapshotFormatException {
        QualifiedName target = new QualifiedName(key.optionalString("targetSchema"), key.string("target"));
        return new ForeignKey(key.string("name"), key.strings("columns"), target, key.strings("targetColumns"),
                onDelete(key));
    }

    private static ReferentialAction onDelete(JsonFields key) throws SnapshotFormatException {
        String sql = key.optionalString("onDelete");
        if (sql == null) {
            return ReferentialAction.NO_ACTION;
        }
        for (ReferentialAction action : ReferentialAction.values()) {
            if (action.sql().equals(sql)) {
                return action;
            }
        }
        throw key.error("onDelete", "expected one of " + String.join(", ",
                Arrays.stream(ReferentialAction.values()).map(ReferentialAction::sql).toList()) + " but found " + sql);
    }

    private static QualifiedName name(JsonFields object) throws SnapshotFormatException {
        return new QualifiedName(object.optionalString("schema"), object.string("name"));
    }

    /** The diff matches constraints by name, so two of one table must not share a name. */
    private static void checkConstraintNames(JsonFields json, Table table) throws SnapshotFormatException {
        Set<String> constraints = new HashSet<>();
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> names.add(u.name()));
        table.checks().forEach(c -> names.add(c.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        for (String name : names) {
            if (!constraints.add(name)) {
                throw new SnapshotFormatException(json.path() + ": two constraints named " + name);
            }
        }
        Set<String> indexes = new HashSet<>();
        for (Index index : table.indexes()) {
            if (!indexes.add(index.name())) {
                throw new SnapshotFormatException(json.path() + ": two indexes named " + index.name());
            }
        }
    }

    /** Runs a record constructor, turning its refusal into a message with the JSON path. */
    private static <T> T build(String path, Construction<T> construction) throws SnapshotFormatException {
        try {
            return construction.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SnapshotFormatException(path + ": " + e.getMessage(), e);
        }
    }

    /** A constructor call that may also fail reading its fields. */
    private interface Construction<T> {
        T run() throws SnapshotFormatException;
    }
}
