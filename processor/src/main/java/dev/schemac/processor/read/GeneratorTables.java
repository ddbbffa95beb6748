package dev.schemac.processor.read;

import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The tables of table-based id generation, as Hibernate 7 creates them: {@code @TableGenerator(table)}, else the
 * generator's name, else {@code hibernate_sequences}; a {@code varchar(255)} segment column ({@code sequence_name})
 * that is the primary key and a nullable {@code bigint} value column ({@code next_val}). The column names are taken
 * as written, without the naming strategy, as Hibernate does; the table name goes through it.
 *
 * <p>Hibernate's own DDL also inserts each generator's first row, but its generator inserts a missing row itself
 * on first use, with the same value, so a migration needs no rows and a change of {@code initialValue} or
 * {@code allocationSize} changes no schema.
 */
final class GeneratorTables {
    private static final String DEFAULT_TABLE = "hibernate_sequences";
    private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
    private static final String DEFAULT_VALUE_COLUMN = "next_val";
    private static final int SEGMENT_LENGTH = 255;

    private final ReadContext context;
    private final List<TableDraft> tables = new ArrayList<>();
    private final GeneratorLookup lookup;

    GeneratorTables(ReadContext context) {
        this.context = context;
        this.lookup = new GeneratorLookup(context.annotations, context.elements);
    }

    /**
     * The {@code @TableGenerator} an id uses, where Hibernate looks for one (see {@link GeneratorLookup}), or
     * {@code null}.
     *
     * @param name the {@code @GeneratedValue(generator)}, or {@code null} to take the first one found
     */
    AnnotationValues find(Attribute id, TypeElement entity, String name) {
        return lookup.table(id, entity, name);
    }

    /** Registers the table the generator (or, when it is {@code null}, Hibernate's default) needs. */
    void use(Attribute id, TypeElement entity, AnnotationValues generator, String path) {
        if (!BasicTypes.isIntegral(id.type())) {
            context.problems.invalid(id.field(), "the id " + path + " is generated from a table, which needs a"
                    + " short, int or long id, but its type is " + id.type());
            return;
        }
        String table = DEFAULT_TABLE;
        String schema = "";
        String segment = DEFAULT_SEGMENT_COLUMN;
        String value = DEFAULT_VALUE_COLUMN;
        if (generator != null) {
            if (!generator.string("catalog").isBlank()) {
                context.problems.unsupported(id.field(), "@TableGenerator(catalog) for " + path,
                        "PostgreSQL catalogs are databases; use schema");
                return;
            }
            if (!generator.annotations("uniqueConstraints").isEmpty() || !generator.annotations("indexes").isEmpty()
                    || generator.isSet("options") && !generator.string("options").isBlank()) {
                context.problems.unsupported(id.field(), "@TableGenerator(uniqueConstraints, indexes or options)"
                        + " for " + path, "constraints and options on generator tables");
                return;
            }
            String name = generator.string("name");
            table = !generator.string("table").isBlank() ? generator.string("table")
                    : !name.isBlank() ? name : DEFAULT_TABLE;
            schema = generator.string("schema");
            segment = orDefault(generator.string("pkColumnName"), DEFAULT_SEGMENT_COLUMN);
            value = orDefault(generator.string("valueColumnName"), DEFAULT_VALUE_COLUMN);
        }
        Identifier tableName = context.naming.toPhysical(Identifier.parse(table));
        Identifier schemaName = Identifier.parse(schema);
        QualifiedName qualified = new QualifiedName(schemaName == null ? null : context.naming.catalogName(schemaName),
                tableName.catalogName());
        TableDraft draft = new TableDraft(entity, qualified, tableName);
        String segmentColumn = Identifier.parse(segment).catalogName();
        String valueColumn = Identifier.parse(value).catalogName();
        String origin = "the @TableGenerator of " + path;
        draft.putColumn(new TableDraft.ColumnDraft(Column.column(segmentColumn, ColumnType.varchar(SEGMENT_LENGTH))
                .notNull(), id.field(), origin, false, false, List.of("00:" + segmentColumn)));
        if (!valueColumn.equals(segmentColumn)) {
            draft.putColumn(new TableDraft.ColumnDraft(Column.column(valueColumn, ColumnType.BIGINT), id.field(),
                    origin, false, false, List.of("00:" + valueColumn)));
        }
        draft.addPrimaryKey(segmentColumn);
        tables.add(draft);
    }

    /** The generator tables, one draft per use; the assembler merges those of one table. */
    List<TableDraft> all() {
        return tables;
    }

    private static String orDefault(String name, String fallback) {
        return name.isBlank() ? fallback : name;
    }
}
