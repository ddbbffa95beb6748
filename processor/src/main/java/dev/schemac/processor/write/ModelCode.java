package dev.schemac.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import java.util.Map;

/**
 * Java expressions that rebuild schema model values with the runtime's factories, e.g.
 * {@code column("email", varchar(255)).notNull()}. Each expression evaluates to a value equal to the one given.
 */
final class ModelCode {
    private static final String SCHEMA = "dev.schemac.schema";
    static final ClassName TABLE = ClassName.get(SCHEMA, "Table");
    static final ClassName COLUMN = ClassName.get(SCHEMA, "Column");
    static final ClassName COLUMN_TYPE = ClassName.get(SCHEMA, "ColumnType");
    static final ClassName FOREIGN_KEY = ClassName.get(SCHEMA, "ForeignKey");
    static final ClassName INDEX = ClassName.get(SCHEMA, "Index");
    static final ClassName INDEX_COLUMN = ClassName.get(SCHEMA, "IndexColumn");
    static final ClassName SEQUENCE = ClassName.get(SCHEMA, "Sequence");
    static final ClassName REFERENTIAL_ACTION = ClassName.get(SCHEMA, "ReferentialAction");
    private static final ClassName LIST = ClassName.get(List.class);

    /** The types that have a constant, by the constant's name. */
    private static final Map<ColumnType, String> CONSTANTS = Map.ofEntries(
            Map.entry(ColumnType.BOOLEAN, "BOOLEAN"), Map.entry(ColumnType.SMALLINT, "SMALLINT"),
            Map.entry(ColumnType.INTEGER, "INTEGER"), Map.entry(ColumnType.BIGINT, "BIGINT"),
            Map.entry(ColumnType.REAL, "REAL"), Map.entry(ColumnType.DOUBLE_PRECISION, "DOUBLE_PRECISION"),
            Map.entry(ColumnType.TEXT, "TEXT"), Map.entry(ColumnType.DATE, "DATE"),
            Map.entry(ColumnType.UUID, "UUID"), Map.entry(ColumnType.BYTEA, "BYTEA"),
            Map.entry(ColumnType.OID, "OID"), Map.entry(ColumnType.JSONB, "JSONB"));
    /** The factories of one-modifier types, by type name. */
    private static final Map<String, String> SIZED = Map.of("varchar", "varchar", "char", "character",
            "time", "time", "timetz", "timetz", "timestamp", "timestamp", "timestamptz", "timestamptz");

    private final StaticImports imports;

    ModelCode(StaticImports imports) {
        this.imports = imports;
    }

    /** The table as a chain, one call a line. */
    CodeBlock table(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.table($S)", imports.use(TABLE, "table"),
                table.name().toString());
        for (Column column : table.columns()) {
            code.add("\n.column($L)", column(column));
        }
        if (table.primaryKey() != null) {
            code.add("\n.primaryKey($S, $L)", table.primaryKey().name(), strings(table.primaryKey().columns()));
        }
        for (Unique unique : table.uniques()) {
            code.add("\n.unique($S, $L)", unique.name(), strings(unique.columns()));
        }
        for (Check check : table.checks()) {
            code.add("\n.check($S, $S)", check.name(), check.expression());
        }
        for (ForeignKey key : table.foreignKeys()) {
            code.add("\n.foreignKey($L)", foreignKey(key));
        }
        for (Index index : table.indexes()) {
            code.add("\n.index($L)", index(index));
        }
        return code.build();
    }

    CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $L)", imports.use(COLUMN, "column"),
                column.name(), type(column.type()));
        if (!column.nullable() && !column.identity()) {
            code.add(".notNull()");
        }
        if (column.defaultValue() != null) {
            code.add(".defaultTo($S)", column.defaultValue());
        }
        if (column.identity()) {
            code.add(".asIdentity()");
        }
        return code.build();
    }

    CodeBlock type(ColumnType type) {
        String constant = CONSTANTS.get(type);
        if (constant != null) {
            return CodeBlock.of("$T." + constant, imports.use(COLUMN_TYPE, constant));
        }
        List<Integer> modifiers = type.modifiers();
        String factory = SIZED.get(type.name());
        if (factory != null && modifiers.size() == 1) {
            return CodeBlock.of("$T." + factory + "($L)", imports.use(COLUMN_TYPE, factory), modifiers.get(0));
        }
        if (type.name().equals("numeric") && modifiers.size() == 2) {
            return CodeBlock.of("$T.numeric($L, $L)", imports.use(COLUMN_TYPE, "numeric"), modifiers.get(0),
                    modifiers.get(1));
        }
        if (modifiers.isEmpty()) {
            return CodeBlock.of("$T.of($S)", COLUMN_TYPE, type.name());
        }
        if (ColumnType.parse(type.toString()).equals(type)) {
            return CodeBlock.of("$T.sql($S)", COLUMN_TYPE, type.toString());
        }
        return CodeBlock.of("new $T($S, $T.of($L))", COLUMN_TYPE, type.name(), LIST,
                CodeBlock.join(modifiers.stream().map(m -> CodeBlock.of("$L", m)).toList(), ", "));
    }

    CodeBlock foreignKey(ForeignKey key) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.foreignKey($L).references($S, $L)",
                imports.use(FOREIGN_KEY, "foreignKey"), strings(prepend(key.name(), key.columns())),
                key.target().toString(), strings(key.targetColumns()));
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            code.add(".onDelete($T." + key.onDelete().name() + ")",
                    imports.use(REFERENTIAL_ACTION, key.onDelete().name()));
        }
        return code.build();
    }

    /** {@code index("name", "col", "col desc")}, or the constructor when a column name would not read back. */
    CodeBlock index(Index index) {
        List<String> columns = index.columns().stream().map(IndexColumn::toString).toList();
        boolean readsBack = index.columns().stream().allMatch(c -> IndexColumn.parse(c.toString()).equals(c));
        if (readsBack) {
            String factory = index.unique() ? "uniqueIndex" : "index";
            return CodeBlock.of("$T." + factory + "($L)", imports.use(INDEX, factory),
                    strings(prepend(index.name(), columns)));
        }
        CodeBlock indexColumns = CodeBlock.join(index.columns().stream()
                .map(c -> CodeBlock.of("new $T($S, $L)", INDEX_COLUMN, c.name(), c.descending())).toList(), ", ");
        return CodeBlock.of("new $T($S, $T.of($L), $L)", INDEX, index.name(), LIST, indexColumns, index.unique());
    }

    CodeBlock sequence(Sequence sequence) {
        return CodeBlock.of("$T.sequence($S, $L, $L)", imports.use(SEQUENCE, "sequence"),
                sequence.name().toString(), number(sequence.start()), number(sequence.increment()));
    }

    /** String arguments: {@code "a", "b"}. */
    static CodeBlock strings(List<String> values) {
        return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
    }

    /** A {@code long} literal, with its {@code L} only when an {@code int} cannot hold it. */
    static String number(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
