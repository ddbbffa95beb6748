package dev.schemac.processor.read;

import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Sequence;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * What {@code @GeneratedValue} adds on PostgreSQL, as Hibernate 7 decides it: an identity column for IDENTITY,
 * nothing for UUID (and for AUTO on a UUID or String id), a table for TABLE or a {@code @TableGenerator} that AUTO
 * names (see {@link GeneratorTables}), else a sequence, named by its {@code @SequenceGenerator}
 * or {@code <table>_SEQ}, starting at 1 with increment 50 unless the generator says otherwise.
 */
final class IdGeneration {
    /** Generator names Hibernate reads as its own legacy strategies rather than as sequence names. */
    private static final Set<String> LEGACY_GENERATORS = Set.of("native", "assigned", "sequence",
            "enhanced-sequence", "table", "enhanced-table", "identity", "increment", "foreign", "uuid", "uuid.hex",
            "uuid2", "select", "guid", "seqhilo", "hilo");
    private static final String IMPLICIT_SUFFIX = "_SEQ";
    private static final int DEFAULT_START = 1;
    private static final int DEFAULT_INCREMENT = 50;

    private final ReadContext context;
    private final GeneratorLookup generators;

    IdGeneration(ReadContext context) {
        this.context = context;
        this.generators = new GeneratorLookup(context.annotations, context.elements);
    }

    /** The id column with its generation applied; a sequence it uses is registered. */
    Column apply(Attribute id, Column column, TypeElement entity, Identifier physicalTable, String path) {
        AnnotationValues generated = id.annotations().get(JpaNames.GENERATED_VALUE).orElse(null);
        if (generated == null) {
            return column;
        }
        // in a hierarchy, the id and its generator are the root's, and so is the table an implicit name comes from
        TypeElement root = context.hierarchies.root(entity);
        if (root != entity) {
            entity = root;
            physicalTable = context.heads.of(root).physicalTable();
        }
        String strategy = generated.enumConstant("strategy");
        String generator = generated.string("generator").strip();
        switch (strategy) {
            case "IDENTITY" -> {
                if (!BasicTypes.isIntegral(id.type())) {
                    context.problems.invalid(id.field(), "@GeneratedValue(strategy = IDENTITY) on " + path
                            + " needs a short, int or long id, but its type is " + id.type());
                    return column;
                }
                return column.asIdentity();
            }
            case "UUID" -> {
                if (!BasicTypes.isUuidOrString(id.type())) {
                    context.problems.invalid(id.field(), "@GeneratedValue(strategy = UUID) on " + path
                            + " needs a UUID or String id, but its type is " + id.type());
                }
                return column;
            }
            case "TABLE" -> {
                context.generatorTables.use(id, entity,
                        context.generatorTables.find(id, entity, generator.isEmpty() ? null : generator), path);
                return column;
            }
            default -> {
                AnnotationValues table = generator.isEmpty() || !strategy.equals("AUTO") ? null
                        : context.generatorTables.find(id, entity, generator);
                if (table != null && table.string("name").equals(generator)
                        && generators.sequence(id, entity, generator) == null) {
                    context.generatorTables.use(id, entity, table, path);
                    return column;
                }
                AnnotationValues found = generators.sequence(id, entity, generator.isEmpty() ? null : generator);
                boolean auto = strategy.equals("AUTO");
                if (auto && found == null && LEGACY_GENERATORS.contains(generator)) {
                    context.problems.unsupported(id.field(), "@GeneratedValue(generator = \"" + generator
                            + "\") on " + path, "Hibernate's legacy generator strategies");
                    return column;
                }
                if (auto && found == null && BasicTypes.isUuidOrString(id.type())) {
                    return column;
                }
                sequence(id, found, generator, physicalTable, path);
                return column;
            }
        }
    }

    private void sequence(Attribute id, AnnotationValues generator, String generatorName, Identifier table,
            String path) {
        if (!BasicTypes.isIntegral(id.type())) {
            context.problems.invalid(id.field(), "the id " + path + " is generated from a sequence, which needs a"
                    + " short, int or long id, but its type is " + id.type());
            return;
        }
        String name = table.text() + IMPLICIT_SUFFIX;
        String schema = "";
        long start = DEFAULT_START;
        long increment = DEFAULT_INCREMENT;
        if (generator != null) {
            String sequenceName = generator.string("sequenceName");
            String ownName = generator.string("name");
            name = !sequenceName.isEmpty() ? sequenceName : !ownName.isEmpty() ? ownName : name;
            schema = generator.string("schema");
            start = generator.integer("initialValue");
            increment = generator.integer("allocationSize");
            if (!generator.string("catalog").isEmpty()) {
                context.problems.unsupported(id.field(), "@SequenceGenerator(catalog) for " + path,
                        "PostgreSQL catalogs are databases; use schema");
            }
        } else if (!generatorName.isEmpty()) {
            name = generatorName;
        }
        if (increment == 0) {
            context.problems.invalid(id.field(), "the sequence generator of " + path + " has allocationSize 0;"
                    + " a sequence cannot step by 0");
            return;
        }
        QualifiedName qualified = qualified(name, schema);
        if (qualified != null) {
            context.sequences.add(new Sequence(qualified, start, increment), id.field(), path);
        }
    }

    /** Hibernate reads a dotted sequence name as {@code schema.name}, ignoring the generator's schema. */
    private QualifiedName qualified(String name, String schema) {
        int dot = name.lastIndexOf('.');
        Identifier sequence = Identifier.parse(dot < 0 ? name : name.substring(dot + 1));
        Identifier namespace = Identifier.parse(dot < 0 ? schema : name.substring(0, dot));
        if (sequence == null) {
            return null;
        }
        return new QualifiedName(namespace == null ? null : context.naming.catalogName(namespace),
                context.naming.catalogName(sequence));
    }
}
