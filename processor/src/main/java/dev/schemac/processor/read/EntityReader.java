package dev.schemac.processor.read;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.diag.Diagnostics;
import java.util.ArrayList;
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
        ReadContext context = new ReadContext(env.getElementUtils(), env.getTypeUtils(), Naming.of(naming),
                problems);
        context.converters.autoApply(converters);
        EntityMapper mapper = new EntityMapper(context);
        List<TableDraft> tables = new ArrayList<>(entities.size());
        for (TypeElement entity : entities) {
            tables.add(mapper.map(entity));
        }
        return new SchemaAssembler(problems).assemble(tables, context.sequences);
    }
}
