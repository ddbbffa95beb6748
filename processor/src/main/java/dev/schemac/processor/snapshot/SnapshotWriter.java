package dev.schemac.processor.snapshot;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the snapshot layout: a pretty-printed document in which each column, constraint, index and sequence is one
 * compact line, so that changing one of them changes one line of the file.
 */
final class SnapshotWriter {
    /** Two-space indent and {@code \n}, whatever the platform. */
    private static final FormattingStyle DOCUMENT = FormattingStyle.PRETTY.withIndent("  ").withNewline("\n");
    private static final FormattingStyle LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private SnapshotWriter() {
    }

    static String write(Snapshot snapshot) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = writer(text, DOCUMENT)) {
            json.beginObject();
            json.name("format").value(SnapshotJson.FORMAT);
            // One version a line: two branches that each add a migration both change the last line, so merging
            // them is a textual conflict in git, the first sign that one of the migrations must be regenerated.
            json.name("migrations").beginArray();
            for (String version : snapshot.migrations() == null ? List.<String>of() : snapshot.migrations()) {
                json.value(version);
            }
            json.endArray();
            json.name("tables").beginArray();
            for (Table table : snapshot.schema().tables()) {
                table(json, table);
            }
            json.endArray();
            json.name("sequences").beginArray();
            for (Sequence sequence : snapshot.schema().sequences()) {
                json.jsonValue(line(line -> sequence(line, sequence)));
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.append('\n').toString();
    }

    private static void table(JsonWriter json, Table table) throws IOException {
        json.beginObject();
        name(json, table.name());
        json.name("columns").beginArray();
        for (Column column : table.columns()) {
            json.jsonValue(line(line -> column(line, column)));
        }
        json.endArray();
        if (table.primaryKey() != null) {
            PrimaryKey key = table.primaryKey();
            json.name("primaryKey").jsonValue(line(line -> namedColumns(line, key.name(), key.columns())));
        }
        lines(json, "uniques", table.uniques(), (line, unique) -> namedColumns(line, unique.name(), unique.columns()));
        lines(json, "checks", table.checks(), SnapshotWriter::check);
        lines(json, "foreignKeys", table.foreignKeys(), SnapshotWriter::foreignKey);
        lines(json, "indexes", table.indexes(), SnapshotWriter::index);
        json.endObject();
    }

    private static void column(JsonWriter line, Column column) throws IOException {
        line.name("name").value(column.name());
        line.name("type").value(column.type().toString());
        line.name("nullable").value(column.nullable());
        if (column.defaultValue() != null) {
            line.name("default").value(column.defaultValue());
        }
        if (column.identity()) {
            line.name("identity").value(true);
        }
    }

    private static void namedColumns(JsonWriter line, String name, List<String> columns) throws IOException {
        line.name("name").value(name);
        strings(line, "columns", columns);
    }

    private static void check(JsonWriter line, Check check) throws IOException {
        line.name("name").value(check.name());
        line.name("expression").value(check.expression());
    }

    private static void foreignKey(JsonWriter line, ForeignKey key) throws IOException {
        line.name("name").value(key.name());
        strings(line, "columns", key.columns());
        if (key.target().schema() != null) {
            line.name("targetSchema").value(key.target().schema());
        }
        line.name("target").value(key.target().name());
        strings(line, "targetColumns", key.targetColumns());
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            line.name("onDelete").value(key.onDelete().sql());
        }
    }

    private static void index(JsonWriter line, Index index) throws IOException {
        line.name("name").value(index.name());
        strings(line, "columns", index.columns().stream().map(IndexColumn::toString).toList());
        if (index.unique()) {
            line.name("unique").value(true);
        }
    }

    private static void sequence(JsonWriter line, Sequence sequence) throws IOException {
        name(line, sequence.name());
        line.name("start").value(sequence.start());
        line.name("increment").value(sequence.increment());
    }

    private static void name(JsonWriter json, QualifiedName name) throws IOException {
        if (name.schema() != null) {
            json.name("schema").value(name.schema());
        }
        json.name("name").value(name.name());
    }

    private static void strings(JsonWriter line, String field, List<String> values) throws IOException {
        line.name(field).beginArray();
        for (String value : values) {
            line.value(value);
        }
        line.endArray();
    }

    /** An array of one-line objects; omitted when empty, since most tables have few kinds of constraint. */
    private static <T> void lines(JsonWriter json, String field, List<T> items, Fields<T> fields) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        json.name(field).beginArray();
        for (T item : items) {
            json.jsonValue(line(line -> fields.write(line, item)));
        }
        json.endArray();
    }

    private static String line(Body body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter line = writer(text, LINE)) {
            line.beginObject();
            body.write(line);
            line.endObject();
        }
        return text.toString();
    }

    private static JsonWriter writer(StringWriter text, FormattingStyle style) {
        JsonWriter json = new JsonWriter(text);
        json.setFormattingStyle(style);
        // Check expressions hold ' and =, which Gson would otherwise write as \u0027 and \u003d.
        json.setHtmlSafe(false);
        return json;
    }

    /** Writes the fields of one compact object. */
    private interface Body {
        void write(JsonWriter line) throws IOException;
    }

    /** Writes the fields of one item as a compact object. */
    private interface Fields<T> {
        void write(JsonWriter line, T item) throws IOException;
    }
}
