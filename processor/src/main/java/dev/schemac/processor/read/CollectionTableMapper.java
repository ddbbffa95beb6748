package dev.schemac.processor.read;

import dev.schemac.processor.read.CollectionShape.Kind;
import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a collection that has a table of its own: an {@code @ElementCollection}'s collection table, or the join
 * table of a {@code @ManyToMany} or unidirectional {@code @OneToMany}. As in Hibernate 7, the table holds the
 * owner's key ({@code <entity>_<id>}, NOT NULL, a foreign key to the owner), the elements (basic or embedded
 * columns, or {@code <attribute>_<target id>} with a foreign key to the target), then a list's order column or a
 * map's key. Its primary key is the owner's key with the order column or map key; a set's is the owner's key with
 * the elements when they are all NOT NULL (else those columns are only unique together); a bag has none. The
 * elements of a one-to-many are unique, and a one-to-many set's primary key is its elements alone.
 */
final class CollectionTableMapper {
    /** What the collection holds. */
    enum Nature {
        ELEMENTS, MANY_TO_MANY, ONE_TO_MANY
    }

    private final ReadContext context;
    private final Columns columns;
    private final BasicMapper basic;
    private final IndexColumns indexColumns;
    private final TableAnnotations tableAnnotations;
    /** The names, as Hibernate holds them, of the columns of the table being mapped, by catalog name. */
    private final Map<String, String> hibernateNames = new HashMap<>();

    CollectionTableMapper(ReadContext context, Columns columns, BasicMapper basic, IndexColumns indexColumns) {
        this.context = context;
        this.columns = columns;
        this.basic = basic;
        this.indexColumns = indexColumns;
        this.tableAnnotations = new TableAnnotations(context);
    }

    /**
     * Maps the collection.
     *
     * @param target the target entity, {@code null} for an element collection
     */
    void map(Attribute attribute, Scope scope, CollectionShape shape, Nature nature, TypeElement target,
            EmbeddedMapper.Inner inner) {
        String path = scope.pathOf(attribute);
        TypeElement owner = scope.table().entity();
        Head ownerHead = context.heads.of(owner);
        Head targetHead = target == null ? null : context.heads.of(target);
        if (ownerHead.key().isEmpty()) {
            return; // the owner's missing or unreadable id was reported with the owner
        }
        if (targetHead != null && targetHead.key().isEmpty()) {
            context.problems.invalid(attribute.field(), path + " refers to " + target.getSimpleName()
                    + ", whose primary key schemac cannot read");
            return;
        }
        String annotationName = nature == Nature.ELEMENTS ? JpaNames.COLLECTION_TABLE : JpaNames.JOIN_TABLE;
        AnnotationValues annotation = attribute.annotations().get(annotationName).orElse(null);
        if (annotation != null && !isSupported(annotation, attribute, path)) {
            return;
        }
        TableDraft table = table(attribute, owner, ownerHead, targetHead, annotation, path);
        if (table == null) {
            return;
        }
        context.collections.addTable(table, attribute.field(), path);
        hibernateNames.clear();
        AttributeOverrides overrides = new AttributeOverrides();
        if (shape.kind() == Kind.MAP) {
            // a map's overrides name "key.<attribute>" or "value.<attribute>"
            overrides.add("", attribute.annotations(), attribute.name());
        }
        Scope within = new Scope(table, scope.path(), overrides);

        List<AnnotationValues> joinColumns = annotation == null ? List.of() : annotation.annotations("joinColumns");
        String prefix = ownerPrefix(nature, owner, target, attribute);
        List<String> ownerColumns = keyColumns(within, attribute, path, ownerHead, joinColumns, prefix);
        if (ownerColumns == null || !foreignKey(table, annotation, "foreignKey", joinColumns, ownerColumns,
                ownerHead, attribute, path)) {
            return;
        }
        List<String> before = names(table);
        if (nature == Nature.ELEMENTS) {
            if (!elements(attribute, within, shape, overrides, path, inner)) {
                return;
            }
        } else {
            List<AnnotationValues> inverse = annotation == null ? List.of()
                    : annotation.annotations("inverseJoinColumns");
            List<String> targetColumns = keyColumns(within, attribute, path, targetHead, inverse, attribute.name());
            if (targetColumns == null || !foreignKey(table, annotation, "inverseForeignKey", inverse, targetColumns,
                    targetHead, attribute, path)) {
                return;
            }
        }
        List<String> elementColumns = names(table);
        elementColumns.removeAll(before);
        if (nature == Nature.ONE_TO_MANY) {
            table.addUnique(null, inBindingOrder(elementColumns, target, targetHead));
        }
        List<String> index = index(attribute, within, shape, nature, overrides, path, inner);
        if (index == null) {
            return;
        }
        primaryKey(table, shape, nature, ownerColumns, inBindingOrder(ownerColumns, owner, ownerHead), elementColumns,
                index, attribute);
        if (annotation != null) {
            tableAnnotations.read(owner, table, annotation);
        }
        overrides.reportUnused(context.problems);
    }

    private boolean isSupported(AnnotationValues annotation, Attribute attribute, String path) {
        String name = "@" + annotation.mirror().getAnnotationType().asElement().getSimpleName();
        boolean supported = true;
        if (!annotation.string("catalog").isBlank()) {
            context.problems.unsupported(attribute.field(), name + "(catalog) on " + path,
                    "PostgreSQL catalogs are databases; use schema");
            supported = false;
        }
        if (annotation.isSet("options") && !annotation.string("options").isBlank()) {
            context.problems.unsupported(attribute.field(), name + "(options) on " + path, "verbatim SQL options");
            supported = false;
        }
        if (annotation.isSet("check") && !annotation.annotations("check").isEmpty()) {
            context.problems.unsupported(attribute.field(), "@CheckConstraint in " + name + " on " + path,
                    "check constraints written in SQL");
            supported = false;
        }
        return supported;
    }

    private TableDraft table(Attribute attribute, TypeElement owner, Head ownerHead, Head targetHead,
            AnnotationValues annotation, String path) {
        Identifier logical = annotation == null ? null : Identifier.parse(annotation.string("name"));
        if (logical == null) {
            if (targetHead != null && context.naming instanceof SpringNaming && hasMixedCaseTableName(owner)) {
                // seen with Hibernate 7.4: the join table is then named after the table name as written, quoted
                context.problems.unsupported(attribute.field(), "the implicit join table name of " + path
                        + " under Spring Boot's naming, whose owner's @Table(name) is in mixed case",
                        "Hibernate derives it from the table name as written; name it with @JoinTable(name)");
                return null;
            }
            logical = targetHead == null
                    ? CollectionNames.collectionTable(context.heads.entityName(owner), ownerHead, attribute)
                    : CollectionNames.joinTable(context.naming, ownerHead, targetHead, attribute);
        }
        Identifier physical = context.naming.toPhysical(logical);
        if (physical.isUnquotedReservedWord()) {
            context.problems.invalid(attribute.field(), "the table name '" + physical.catalogName() + "' of " + path
                    + " is a reserved word in PostgreSQL, and Hibernate writes it unquoted, so its DDL and queries"
                    + " fail. Name the table, or quote it as \"\\\"" + physical.text() + "\\\"\"");
            return null;
        }
        Identifier schema = annotation == null ? null : Identifier.parse(annotation.string("schema"));
        return new TableDraft(owner, new QualifiedName(schema == null ? null : context.naming.catalogName(schema),
                physical.catalogName()), physical);
    }

    /** Whether the entity's {@code @Table(name)} has an upper-case letter and is not quoted. */
    private boolean hasMixedCaseTableName(TypeElement owner) {
        TypeElement declaring = context.annotations.of(owner).has(JpaNames.TABLE) ? owner
                : context.hierarchies.root(owner);
        String name = context.annotations.of(declaring).get(JpaNames.TABLE).map(t -> t.string("name")).orElse("");
        Identifier explicit = Identifier.parse(name);
        return explicit != null && !explicit.quoted()
                && !explicit.text().equals(explicit.text().toLowerCase(Locale.ROOT));
    }

    /**
     * The prefix of the owner's join column names: the entity name, or for a bidirectional many-to-many the
     * attribute of the other side whose {@code mappedBy} names this one, as Hibernate does.
     */
    private String ownerPrefix(Nature nature, TypeElement owner, TypeElement target, Attribute attribute) {
        if (nature == Nature.MANY_TO_MANY) {
            for (Attribute other : context.attributes.of((DeclaredType) target.asType())) {
                AnnotationValues inverse = other.annotations().get(JpaNames.MANY_TO_MANY).orElse(null);
                if (inverse != null && inverse.string("mappedBy").equals(attribute.name())
                        && holds(other, owner)) {
                    return other.name();
                }
            }
        }
        return context.heads.entityName(owner);
    }

    /** Whether the last type argument of a collection attribute is the entity or one of its supertypes. */
    private boolean holds(Attribute collection, TypeElement entity) {
        if (!(collection.type() instanceof DeclaredType declared) || declared.getTypeArguments().isEmpty()) {
            return true;
        }
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        TypeMirror element = arguments.get(arguments.size() - 1);
        return context.types.isAssignable(context.types.erasure(entity.asType()), context.types.erasure(element));
    }

    /** Adds the join columns to a table's key; their names, or {@code null} after reporting a problem. */
    private List<String> keyColumns(Scope within, Attribute attribute, String path, Head referenced,
            List<AnnotationValues> explicit, String prefix) {
        List<KeyColumn> key = referenced.key();
        if (!explicit.isEmpty() && explicit.size() != key.size()) {
            context.problems.invalid(attribute.field(), path + " gives " + explicit.size() + " join columns for the"
                    + " primary key of " + referenced.table() + ", which has " + key.size());
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            AnnotationValues joinColumn = explicit.isEmpty() ? null
                    : JoinColumns.matching(explicit, key, i, context.naming);
            if (joinColumn != null && !JoinColumns.isSupported(context, joinColumn, attribute, key.get(i), path)) {
                return null;
            }
            Identifier logical = joinColumn == null ? null : Identifier.parse(joinColumn.string("name"));
            if (logical == null) {
                logical = CollectionNames.joinColumn(prefix, key.get(i), referenced);
            }
            String name = columns.name(logical, attribute, path);
            if (name == null || columns.add(within, attribute, Column.column(name, key.get(i).type()).notNull(),
                    false, true) == null) {
                return null;
            }
            hibernateNames.put(name, context.naming.toPhysical(logical).text());
            names.add(name);
        }
        return names;
    }

    /** Adds the foreign key to {@code referenced} unless it is {@code NO_CONSTRAINT}; {@code false} on a problem. */
    private boolean foreignKey(TableDraft table, AnnotationValues annotation, String attributeName,
            List<AnnotationValues> joinColumns, List<String> keyColumns, Head referenced, Attribute attribute,
            String path) {
        AnnotationValues tableLevel = annotation == null ? null : annotation.annotation(attributeName);
        JoinColumns.ForeignKeyName name = JoinColumns.foreignKeyName(context, tableLevel, joinColumns, attribute,
                path);
        if (name == null) {
            return false;
        }
        if (name.wanted()) {
            table.addForeignKey(new ForeignKeyDraft(name.name(), keyColumns, referenced.table(),
                    referenced.key().stream().map(KeyColumn::name).toList()));
        }
        return true;
    }

    /** Maps the elements of an element collection; {@code false} after reporting a problem. */
    private boolean elements(Attribute attribute, Scope within, CollectionShape shape, AttributeOverrides overrides,
            String path, EmbeddedMapper.Inner inner) {
        TypeMirror type = shape.element();
        if (isEntity(type)) {
            context.problems.invalid(attribute.field(), "@ElementCollection on " + path + " holds the entity "
                    + ((DeclaredType) type).asElement().getSimpleName() + "; map it with @OneToMany or @ManyToMany");
            return false;
        }
        if (isEmbeddable(type)) {
            if (shape.kind() != Kind.MAP) {
                overrides.add(attribute.name(), attribute.annotations(),
                        ((DeclaredType) type).asElement().getSimpleName().toString());
            }
            embed(attribute, within, type, shape.kind() == Kind.MAP ? "value" : attribute.name(), overrides, inner);
        } else {
            basic.map(new Attribute(attribute.field(), attribute.name(), type, attribute.annotations(),
                    attribute.classLevel()), within);
        }
        return true;
    }

    /**
     * Maps an embeddable element or map key as the attribute {@code name} of the collection: its columns named by
     * its own attributes, overridden by {@code @AttributeOverride(name = "<name>.<attribute>")}.
     */
    private void embed(Attribute attribute, Scope within, TypeMirror type, String name, AttributeOverrides overrides,
            EmbeddedMapper.Inner inner) {
        DeclaredType declared = (DeclaredType) type;
        Attribute element = new Attribute(attribute.field(), name, type, attribute.annotations(),
                attribute.classLevel());
        Scope inside = new Scope(within.table(), within.path() + (name.equals(attribute.name()) ? ""
                : "." + attribute.name()), "", false, overrides, List.of(), false).into(element);
        for (Attribute nested : context.attributes.of(declared)) {
            inner.map(nested, inside);
        }
    }

    /** Adds the order column or map key; their names (none for other collections), or {@code null} on a problem. */
    private List<String> index(Attribute attribute, Scope within, CollectionShape shape, Nature nature,
            AttributeOverrides overrides, String path, EmbeddedMapper.Inner inner) {
        TableDraft table = within.table();
        if (shape.kind() == Kind.LIST) {
            PlannedColumn order = indexColumns.order(attribute, path);
            return order == null ? null : List.of(add(within, attribute, order.withNullable(false)));
        }
        if (shape.kind() != Kind.MAP || attribute.has(JpaNames.MAP_KEY)) {
            return List.of();
        }
        TypeMirror key = shape.key();
        if (isEntity(key)) {
            return entityKey(attribute, within, (TypeElement) ((DeclaredType) key).asElement(), path);
        }
        if (isEmbeddable(key)) {
            List<String> before = names(table);
            embed(attribute, within, key, "key", overrides, inner);
            List<String> keyColumns = names(table);
            keyColumns.removeAll(before);
            return keyColumns;
        }
        PlannedColumn column = indexColumns.basicKey(attribute, key, path);
        return column == null ? null : List.of(add(within, attribute, column.withNullable(false)));
    }

    private String add(Scope within, Attribute attribute, PlannedColumn planned) {
        if (planned.hibernateName() != null) {
            hibernateNames.put(planned.column().name(), planned.hibernateName());
        }
        ColumnDraft draft = columns.add(within, attribute, planned.column(), false, false);
        if (draft != null && planned.check() != null) {
            within.table().addCheck(planned.column().name(), planned.check());
        }
        return planned.column().name();
    }

    /** The key column of a map keyed by an entity: {@code @MapKeyJoinColumn}, or {@code <attribute>_KEY}. */
    private List<String> entityKey(Attribute attribute, Scope within, TypeElement keyEntity, String path) {
        Head head = context.heads.of(keyEntity);
        if (head.key().size() != 1) {
            context.problems.unsupported(attribute.field(), "the map key " + keyEntity.getSimpleName() + " of "
                    + path, "map keys that are entities without exactly one @Id column");
            return null;
        }
        KeyColumn key = head.key().get(0);
        AnnotationValues joinColumn = attribute.annotations().get(JpaNames.MAP_KEY_JOIN_COLUMN).orElse(null);
        if (joinColumn != null && !JoinColumns.isSupported(context, joinColumn, attribute, key, path)) {
            return null;
        }
        Identifier logical = joinColumn == null ? null : Identifier.parse(joinColumn.string("name"));
        if (logical == null) {
            logical = CollectionNames.suffixed(attribute, "_KEY");
        }
        String name = columns.name(logical, attribute, path);
        if (name == null || columns.add(within, attribute, Column.column(name, key.type()).notNull(), false,
                true) == null) {
            return null;
        }
        hibernateNames.put(name, context.naming.toPhysical(logical).text());
        JoinColumns.ForeignKeyName foreignKey = JoinColumns.foreignKeyName(context, null,
                joinColumn == null ? List.of() : List.of(joinColumn), attribute, path);
        if (foreignKey == null) {
            return null;
        }
        if (foreignKey.wanted()) {
            within.table().addForeignKey(new ForeignKeyDraft(foreignKey.name(), List.of(name), head.table(),
                    List.of(key.name())));
        }
        return List.of(name);
    }

    /**
     * Columns copied from an entity's key, in the order Hibernate binds that key (a composite key's attributes by
     * name) rather than the primary key's order: unique constraints list them so.
     */
    private List<String> inBindingOrder(List<String> columns, TypeElement entity, Head head) {
        List<KeyColumn> binding = context.heads.bindingOrder(context.hierarchies.root(entity));
        if (columns.size() != head.key().size() || binding.size() != head.key().size()) {
            return columns;
        }
        Map<String, String> byKey = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byKey.put(head.key().get(i).name(), columns.get(i));
        }
        List<String> result = new ArrayList<>();
        for (KeyColumn key : binding) {
            String column = byKey.get(key.name());
            if (column == null) {
                return columns;
            }
            result.add(column);
        }
        return result;
    }

    private void primaryKey(TableDraft table, CollectionShape shape, Nature nature, List<String> owner,
            List<String> ownerAsBound, List<String> elements, List<String> index, Attribute attribute) {
        List<String> key = new ArrayList<>(owner);
        switch (shape.kind()) {
            case BAG -> {
                return;
            }
            case SET -> {
                if (nature == Nature.ONE_TO_MANY) {
                    key.clear();
                }
                boolean required = elements.stream().noneMatch(name -> table.column(name).column().nullable());
                if (!required) {
                    table.addUnique(null, concat(ownerAsBound, elements));
                    return;
                }
                key.addAll(elements);
            }
            case LIST -> key.addAll(index);
            case MAP -> key.addAll(index.isEmpty() ? elements : index);
            default -> throw new IllegalStateException(shape.kind().name());
        }
        for (String name : key) {
            hibernateNames.computeIfAbsent(name, n -> hibernateName(table.column(n), attribute));
        }
        for (String name : KeyOrder.sorted(key, n -> KeyOrder.bytes(table.column(n).column().type()),
                n -> hibernateNames.getOrDefault(n, n))) {
            ColumnDraft column = table.column(name);
            if (column.column().nullable()) {
                table.putColumn(new ColumnDraft(column.column().notNull(), column.field(), column.path(),
                        column.readOnly(), column.joinColumn(), column.bindingOrder()));
            }
            table.addPrimaryKey(name);
        }
    }

    /**
     * The name Hibernate holds for a column of an embeddable element or key: the first of its candidate names (an
     * override's, its {@code @Column}'s, its attribute's) whose physical name is the column's; else the catalog name.
     */
    private String hibernateName(ColumnDraft column, Attribute collection) {
        List<String> candidates = new ArrayList<>();
        for (AnnotationValues override : collection.annotations().repeated(JpaNames.ATTRIBUTE_OVERRIDE,
                JpaNames.ATTRIBUTE_OVERRIDES)) {
            AnnotationValues overriding = override.annotation("column");
            if (overriding != null) {
                candidates.add(overriding.string("name"));
            }
        }
        Annotated field = context.annotations.of(column.field());
        field.get(JpaNames.COLUMN).ifPresent(c -> candidates.add(c.string("name")));
        candidates.add(column.field().getSimpleName().toString());
        for (String candidate : candidates) {
            Identifier logical = Identifier.parse(candidate);
            if (logical != null) {
                Identifier physical = context.naming.toPhysical(logical);
                if (physical.catalogName().equals(column.column().name())) {
                    return physical.text();
                }
            }
        }
        return column.column().name();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> names(TableDraft table) {
        List<String> names = new ArrayList<>();
        for (ColumnDraft column : table.columns()) {
            names.add(column.column().name());
        }
        return names;
    }

    private boolean isEntity(TypeMirror type) {
        return type instanceof DeclaredType declared
                && context.annotations.of(declared.asElement()).has(JpaNames.ENTITY);
    }

    private boolean isEmbeddable(TypeMirror type) {
        return type instanceof DeclaredType declared
                && context.annotations.of(declared.asElement()).has(JpaNames.EMBEDDABLE);
    }
}
