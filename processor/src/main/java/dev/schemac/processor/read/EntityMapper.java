package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Reads one entity class, with its mapped superclasses, into its table. */
final class EntityMapper {
    private final ReadContext context;
    private final AttributeMappers mappers;
    private final TableAnnotations tableAnnotations;
    private final CheckReader checks;

    EntityMapper(ReadContext context) {
        this.context = context;
        this.mappers = new AttributeMappers(context);
        this.tableAnnotations = new TableAnnotations(context);
        this.checks = new CheckReader(context);
    }

    TableDraft map(TypeElement entity) {
        String name = entity.getSimpleName().toString();
        boolean idElsewhere = context.unsupported.onEntity(entity);
        Head head = context.heads.of(entity);
        TableDraft table = new TableDraft(entity, head.table(), head.physicalTable());
        AttributeOverrides overrides = new AttributeOverrides();
        overrides.add("", context.annotations.of(entity), name);
        Scope scope = new Scope(table, name, overrides);
        boolean embeddedId = false;
        for (var attribute : context.attributes.of((DeclaredType) entity.asType())) {
            mappers.map(attribute, scope);
            embeddedId |= attribute.has(JpaNames.EMBEDDED_ID);
        }
        // the id is there but out of schemac's reach, which was reported already
        if (head.idAttributes().isEmpty() && !idElsewhere && !embeddedId) {
            context.problems.invalid(entity, "the entity " + name + " has no @Id field or getter; every entity"
                    + " needs one");
        } else if (head.idAttributes().size() > 1) {
            context.problems.unsupportedEntity(entity, "several @Id fields on " + name,
                    "composite primary keys");
        }
        tableAnnotations.read(entity, table);
        checks.onTable(entity, table);
        NaturalIds.add(table);
        overrides.reportUnused(context.problems);
        return table;
    }
}
