package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** Reads one entity class, with its mapped superclasses, into its table. */
final class EntityMapper {
    private final ReadContext context;
    private final AttributeMappers mappers;
    private final TableAnnotations tableAnnotations;
    private final KeyMapper keyMapper;
    private final CheckReader checks;

    EntityMapper(ReadContext context) {
        this.context = context;
        this.mappers = new AttributeMappers(context);
        this.tableAnnotations = new TableAnnotations(context);
        this.keyMapper = new KeyMapper(context);
        this.checks = new CheckReader(context);
    }

    /** The entity's table, or {@code null} when it has none (an abstract TABLE_PER_CLASS entity). */
    TableDraft map(TypeElement entity) {
        String name = entity.getSimpleName().toString();
        boolean idElsewhere = context.unsupported.onEntity(entity);
        Head head = context.heads.of(entity);
        if (!context.inheritance.hasTable(entity)) {
            return null;
        }
        TableDraft table = new TableDraft(entity, head.table(), head.physicalTable());
        AttributeOverrides overrides = new AttributeOverrides();
        overrides.add("", context.annotations.of(entity), name);
        Scope scope = new Scope(table, name, overrides);
        boolean embeddedId = false;
        KeyLayout key = context.heads.layout(entity);
        if (key != null) {
            keyMapper.map(key, scope);
        }
        List<Attribute> attributes = context.inheritance.attributes(entity);
        for (var attribute : attributes) {
            if (key == null || !key.covers(attribute)) {
                mappers.map(attribute, scope);
            }
            embeddedId |= attribute.has(JpaNames.EMBEDDED_ID);
        }
        context.inheritance.complete(entity, table, scope, attributes);
        // the id is there but out of schemac's reach, which was reported already
        if (head.idAttributes().isEmpty() && !idElsewhere && !embeddedId) {
            context.problems.invalid(entity, "the entity " + name + " has no @Id field or getter; every entity"
                    + " needs one");
        }
        // @Table(indexes) may name a column that another entity's @OneToMany @JoinColumn adds; a table shared with
        // subclasses is read once they are all mapped
        if (!context.inheritance.sharesTableWithSubclasses(entity)) {
            context.collections.afterJoinColumns(() -> readTableAnnotations(entity, table));
        }
        overrides.reportUnused(context.problems);
        return table;
    }

    /** What the entity declares for its whole table: indexes, unique constraints, checks, its natural id. */
    void readTableAnnotations(TypeElement entity, TableDraft table) {
        tableAnnotations.read(entity, table);
        checks.onTable(entity, table);
        NaturalIds.add(table, context.annotations);
    }
}
