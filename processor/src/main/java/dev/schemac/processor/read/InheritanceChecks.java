package dev.schemac.processor.read;

import dev.schemac.processor.read.Hierarchies.Strategy;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Inheritance mappings that Hibernate ignores or refuses, each reported on its element. */
final class InheritanceChecks {
    private final ReadContext context;

    InheritanceChecks(ReadContext context) {
        this.context = context;
    }

    /** Class annotations of inheritance that Hibernate ignores or refuses where they are. */
    void classAnnotations(TypeElement entity) {
        Hierarchies hierarchies = context.hierarchies;
        Annotated annotated = context.annotations.of(entity);
        TypeElement parent = hierarchies.parent(entity);
        String name = entity.getSimpleName().toString();
        if (parent != null) {
            for (String annotation : List.of(JpaNames.INHERITANCE, JpaNames.DISCRIMINATOR_COLUMN)) {
                if (annotated.has(annotation)) {
                    context.problems.invalid(entity, "@" + annotation.substring(annotation.lastIndexOf('.') + 1)
                            + " on " + name + " has no effect: Hibernate reads it on the root entity "
                            + hierarchies.root(entity).getSimpleName() + " only");
                }
            }
        }
        for (TypeElement type : context.attributes.mappedHierarchy(entity)) {
            for (String annotation : List.of(JpaNames.INHERITANCE, JpaNames.DISCRIMINATOR_COLUMN,
                    JpaNames.DISCRIMINATOR_VALUE)) {
                if (type != entity && context.annotations.of(type).has(annotation)) {
                    context.problems.invalid(type, "@" + annotation.substring(annotation.lastIndexOf('.') + 1)
                            + " on the mapped superclass " + type.getSimpleName() + " has no effect: Hibernate"
                            + " reads it on entities only");
                }
            }
        }
        boolean joinedSubclass = parent != null && hierarchies.strategy(entity) == Strategy.JOINED;
        if (!joinedSubclass && (annotated.has(JpaNames.PRIMARY_KEY_JOIN_COLUMN)
                || annotated.has(JpaNames.PRIMARY_KEY_JOIN_COLUMNS))) {
            context.problems.invalid(entity, "@PrimaryKeyJoinColumn on the class " + name + " applies to a"
                    + " subclass in a JOINED hierarchy only");
        }
        if (parent != null && hierarchies.strategy(entity) == Strategy.SINGLE_TABLE
                && annotated.has(JpaNames.TABLE)) {
            context.problems.invalid(entity, "@Table on " + name + ": it is a subclass in the SINGLE_TABLE"
                    + " hierarchy of " + hierarchies.root(entity).getSimpleName() + ", whose root declares the table;"
                    + " Hibernate refuses @Table here");
        }
    }

    /** Reports an id declared by a subclass entity. */
    void ownId(TypeElement entity) {
        for (Attribute attribute : context.attributes.of((DeclaredType) entity.asType())) {
            if (attribute.has(JpaNames.ID) || attribute.has(JpaNames.EMBEDDED_ID)) {
                context.problems.invalid(attribute.field(), "@Id on " + entity.getSimpleName() + "."
                        + attribute.name() + ": the id of an entity hierarchy is its root's ("
                        + context.hierarchies.root(entity).getSimpleName() + "); a subclass cannot declare one");
            }
        }
    }

    /** Reports an identity id in a TABLE_PER_CLASS hierarchy. */
    void identity(TypeElement entity, TableDraft table) {
        for (ColumnDraft column : table.columns()) {
            if (column.column().identity()) {
                context.problems.invalid(entity, "the entity " + entity.getSimpleName() + " is in a"
                        + " TABLE_PER_CLASS hierarchy, whose ids must be unique over all its tables; Hibernate"
                        + " refuses IDENTITY generation there. Use a sequence (@GeneratedValue(strategy ="
                        + " SEQUENCE))");
                return;
            }
        }
    }
}
