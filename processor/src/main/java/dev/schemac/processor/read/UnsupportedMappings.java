package dev.schemac.processor.read;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Mappings schemac does not read yet. Each is reported as an error on the element that carries it, so that no
 * part of the schema is silently left out.
 */
final class UnsupportedMappings {
    private static final Map<String, String> ON_FIELDS = new LinkedHashMap<>();
    private static final Map<String, String> ON_CLASSES = new LinkedHashMap<>();

    static {
        ON_FIELDS.put(JpaNames.MAP_KEY_JOIN_COLUMNS, "map keys of several columns");
        ON_FIELDS.put(JpaNames.MAP_KEY_CLASS, "map key classes other than the declared key type");

        ON_CLASSES.put(JpaNames.SECONDARY_TABLE, "secondary tables");
        ON_CLASSES.put(JpaNames.SECONDARY_TABLES, "secondary tables");
        ON_CLASSES.put(JpaNames.CONVERT, "@Convert on a class; put it on the attribute");
        ON_CLASSES.put(JpaNames.CONVERTS, "@Convert on a class; put it on the attribute");
    }

    /** jakarta.persistence annotations on methods that are not mappings: callbacks, and {@code @Transient}. */
    private static final java.util.Set<String> NOT_MAPPINGS = java.util.Set.of(JpaNames.TRANSIENT,
            JpaNames.JPA_PACKAGE + "PrePersist", JpaNames.JPA_PACKAGE + "PostPersist",
            JpaNames.JPA_PACKAGE + "PreUpdate", JpaNames.JPA_PACKAGE + "PostUpdate",
            JpaNames.JPA_PACKAGE + "PreRemove", JpaNames.JPA_PACKAGE + "PostRemove",
            JpaNames.JPA_PACKAGE + "PostLoad");

    private final ReadContext context;

    UnsupportedMappings(ReadContext context) {
        this.context = context;
    }

    /** Reports what schemac cannot read on a field; {@code true} when the field must not be read further. */
    boolean onField(Attribute attribute, String path) {
        boolean found = false;
        for (String name : attribute.annotations().names()) {
            String why = ON_FIELDS.get(name);
            if (why == null && CollectionMapper.ANNOTATIONS.contains(name) && !CollectionMapper.applies(attribute)) {
                why = name.equals(JpaNames.JOIN_TABLE) ? "join tables of to-one associations"
                        : "outside a @OneToMany, @ManyToMany or @ElementCollection";
            }
            if (why == null && name.startsWith(JpaNames.HIBERNATE_PACKAGE)
                    && !HibernateNames.ON_ATTRIBUTES.contains(name)
                    && !HibernateNames.WITHOUT_SCHEMA_EFFECT.contains(name)) {
                why = "Hibernate's own annotations can change the schema in ways schemac does not model";
            } else if ((name.equals(JpaNames.CONVERT) || name.equals(JpaNames.CONVERTS))
                    && ToOneMapper.applies(attribute)) {
                why = "converters on associations";
            } else if (why == null && HibernateNames.ON_ATTRIBUTES.contains(name) && !isBasic(attribute)
                    && !(name.equals(HibernateNames.NATURAL_ID) && ToOneMapper.applies(attribute))) {
                why = "Hibernate's annotations on associations and embedded attributes; schemac reads them on"
                        + " basic attributes";
            }
            if (why != null) {
                context.problems.unsupported(attribute.field(), "@" + simpleName(name) + " on " + path, why);
                found = true;
            }
        }
        return found;
    }

    /**
     * Reports the attributes of {@code @Column} or {@code @JoinColumn} that schemac cannot model; {@code true}
     * when there was one.
     */
    boolean inColumn(AnnotationValues column, Element on, String path) {
        String annotation = "@" + column.mirror().getAnnotationType().asElement().getSimpleName();
        boolean found = false;
        // a basic column's definition and checks are read with the column, see ColumnSpec
        boolean basic = column.mirror().getAnnotationType().toString().equals(JpaNames.COLUMN);
        if (!basic && column.isSet("columnDefinition") && !column.string("columnDefinition").isBlank()) {
            context.problems.unsupported(on, annotation + "(columnDefinition) on " + path,
                    "a verbatim SQL type is not checked against the Java type; use the attribute's Java type and"
                            + " length, precision or scale");
            found = true;
        }
        if (column.isSet("table") && !column.string("table").isBlank()) {
            context.problems.unsupported(on, annotation + "(table) on " + path, "secondary tables");
            found = true;
        }
        if (!basic && column.isSet("check") && !column.annotations("check").isEmpty()) {
            context.problems.unsupported(on, "@CheckConstraint in " + annotation + " on " + path,
                    "check constraints written in SQL");
            found = true;
        }
        if (column.isSet("options") && !column.string("options").isBlank()) {
            context.problems.unsupported(on, annotation + "(options) on " + path, "verbatim SQL options");
            found = true;
        }
        return found;
    }

    /**
     * Reports what schemac cannot read on an entity class and its mapped superclasses; {@code true} when the
     * entity's id is not where schemac looks for it (inherited from an entity).
     */
    boolean onEntity(TypeElement entity) {
        boolean idElsewhere = false;
        for (TypeElement type : context.attributes.mappedHierarchy(entity)) {
            String typeName = type.getSimpleName().toString();
            Annotated annotated = context.annotations.of(type);
            for (String annotation : annotated.names()) {
                String why = ON_CLASSES.get(annotation);
                if (why == null && annotation.startsWith(JpaNames.HIBERNATE_PACKAGE)
                        && !HibernateNames.ON_CLASSES.contains(annotation)
                        && !HibernateNames.WITHOUT_SCHEMA_EFFECT.contains(annotation)) {
                    why = "Hibernate's own annotations can change the schema in ways schemac does not model";
                }
                if (why != null) {
                    context.problems.unsupportedEntity(type, "@" + simpleName(annotation) + " on " + typeName, why);
                }
            }
            ignoredOnMethods(type, typeName, entity);
        }
        TypeElement root = context.hierarchies.root(entity);
        return root != entity ? onEntity(root) : idElsewhere;
    }

    /**
     * Reports mapping annotations that Hibernate ignores: on getters of a class with field access, and on fields of
     * a class with property access, unless the member has an {@code @Access} of its own.
     */
    private void ignoredOnMethods(TypeElement type, String typeName, TypeElement entity) {
        boolean property = context.attributes.access().isProperty(type,
                context.attributes.access().hierarchyIsProperty(entity));
        ElementKind ignored = property ? ElementKind.FIELD : ElementKind.METHOD;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ignored) {
                continue;
            }
            Annotated annotated = context.annotations.of(member);
            if (annotated.has(JpaNames.ACCESS)) {
                continue;
            }
            for (String annotation : annotated.names()) {
                if (annotation.startsWith(JpaNames.JPA_PACKAGE) && !NOT_MAPPINGS.contains(annotation)) {
                    String where = typeName + "." + member.getSimpleName() + (property ? "" : "()");
                    context.problems.invalid(member, where + " has @" + simpleName(annotation) + ", which"
                            + " Hibernate ignores: " + typeName + " uses " + (property ? "property" : "field")
                            + " access. Put the annotation on the " + (property ? "getter" : "field") + ", or give"
                            + " the " + (property ? "field @Access(AccessType.FIELD)"
                                    : "method @Access(AccessType.PROPERTY)"));
                    break;
                }
            }
        }
    }

    /** Whether the attribute is neither an association nor embedded. */
    private boolean isBasic(Attribute attribute) {
        if (ToOneMapper.applies(attribute) || attribute.has(JpaNames.EMBEDDED)) {
            return false;
        }
        return !(attribute.type() instanceof javax.lang.model.type.DeclaredType declared)
                || !context.annotations.of(declared.asElement()).has(JpaNames.EMBEDDABLE);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
