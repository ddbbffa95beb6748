package dev.schemac.processor.read;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Reads {@code @Entity} classes into the schema Hibernate ORM 7 would create for them on PostgreSQL. */
public final class EntityReader {
    private final ProcessingEnvironment env;
    private final NamingStyle naming;
    private final Diagnostics diagnostics;

    public EntityReader(ProcessingEnvironment env, NamingStyle naming, Diagnostics diagnostics) {
        this.env = env;
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the entities. Unsupported or invalid mappings are reported as errors on their element; the result is
     * then incomplete and must not be used.
     */
    public ReadResult read(List<TypeElement> entities) {
        return read(entities, List.of());
    }

    /**
     * Reads the entities, and reports each {@code javax.persistence} entity of the compilation (see
     * {@link JavaxEntities}) as an error: schemac reads jakarta.persistence only.
     */
    public ReadResult read(List<TypeElement> entities, List<TypeElement> javaxEntities) {
        return read(entities, javaxEntities, List.of());
    }

    /**
     * Reads the entities, with the {@code @Converter} classes of the compilation: those with
     * {@code autoApply = true} apply to the attributes of their Java type.
     */
    public ReadResult read(List<TypeElement> entities, List<TypeElement> javaxEntities,
            List<TypeElement> converters) {
        Problems problems = new Problems(diagnostics);
        for (TypeElement javax : javaxEntities) {
            problems.invalid(javax, javax.getSimpleName() + " is a javax.persistence entity; schemac reads"
                    + " jakarta.persistence (JPA 3) entities only, as Hibernate 6 and 7 do. Change its imports"
                    + " from javax.persistence to jakarta.persistence");
        }
        try (ConverterValues converterValues = new ConverterValues(env)) {
            return read(entities, converters, new ReadContext(env.getElementUtils(), env.getTypeUtils(),
                    Naming.of(naming), problems, converterValues), problems);
        }
    }

    private ReadResult read(List<TypeElement> entities, List<TypeElement> converters, ReadContext context,
            Problems problems) {
        context.converters.autoApply(converters);
        EntityMapper mapper = new EntityMapper(context);
        context.hierarchies.learn(entities);
        List<TableDraft> tables = new ArrayList<>(entities.size());
        // parents before their subclasses, which share or refer to their tables
        List<TypeElement> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(entity -> context.hierarchies.chain(entity).size()));
        for (TypeElement entity : ordered) {
            TableDraft table = mapper.map(entity);
            if (table != null && !context.inheritance.mergeIntoRoot(entity, table)) {
                tables.add(table);
            }
        }
        context.inheritance.rootTables().forEach((entity, table) ->
                context.collections.afterJoinColumns(() -> mapper.readTableAnnotations(entity, table)));
        tables.addAll(context.collections.resolve(tables, problems));
        tables.addAll(context.generatorTables.all());
        ReadResult result = new SchemaAssembler(problems).assemble(tables, context.sequences);
        context.collections.recordOrigins(result.origins());
        return result;
    }
}
