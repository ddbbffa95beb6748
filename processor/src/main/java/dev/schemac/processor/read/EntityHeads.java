package dev.schemac.processor.read;

import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * The table name and primary key of each entity, read once per entity: its own mapping needs them, and so does
 * every foreign key to it.
 */
final class EntityHeads {
    /**
     * A primary key column, as a foreign key to it copies it.
     *
     * @param logical its logical name, from which Hibernate derives implicit join column names
     * @param name its catalog name
     * @param type its type
     */
    record KeyColumn(Identifier logical, String name, ColumnType type) {
    }

    /**
     * What an entity maps to at its top.
     *
     * @param table the table
     * @param physicalTable the table's name as Hibernate holds it, for implicit sequence and join column names
     * @param idAttributes the {@code @Id} fields
     * @param key the primary key columns in Hibernate's order (see {@link KeyOrder}), empty when there is none
     *     schemac can read; composite and derived keys come from {@link KeyReader}
     */
    record Head(QualifiedName table, Identifier physicalTable, List<Attribute> idAttributes, List<KeyColumn> key) {
    }

    private final ReadContext context;
    private final KeyReader keys;
    private final Map<TypeElement, Head> cache = new HashMap<>();
    private final Map<TypeElement, KeyLayout> layouts = new HashMap<>();
    private final Set<TypeElement> reading = new HashSet<>();

    EntityHeads(ReadContext context) {
        this.context = context;
        this.keys = new KeyReader(context);
    }

    Head of(TypeElement entity) {
        Head head = cache.get(entity);
        if (head == null) {
            if (!reading.add(entity)) {
                context.problems.invalid(entity, "the primary key of " + entity.getSimpleName() + " is derived from"
                        + " itself: its @Id or @MapsId associations lead back to " + entity.getSimpleName());
                return new Head(new QualifiedName(null, entity.getSimpleName().toString()),
                        Identifier.parse(entity.getSimpleName().toString()), List.of(), List.of());
            }
            try {
                head = read(entity);
            } finally {
                reading.remove(entity);
            }
            cache.put(entity, head);
        }
        return head;
    }

    /**
     * The key columns in the order Hibernate binds them before it sorts the primary key (see {@link
     * KeyLayout#bindingOrder}): a one-to-one's unique constraint lists its join columns in this order.
     */
    List<KeyColumn> bindingOrder(TypeElement entity) {
        KeyLayout layout = layout(entity);
        return layout != null ? layout.bindingOrder() : of(entity).key();
    }

    /**
     * How a composite or derived key is mapped, or {@code null} when the entity has one basic {@code @Id} (or
     * none), which its attribute mappers map.
     */
    KeyLayout layout(TypeElement entity) {
        of(entity);
        return layouts.get(entity);
    }

    /** The JPA entity name: {@code @Entity(name)}, else the class name without its package. */
    String entityName(TypeElement entity) {
        return context.annotations.of(entity).get(JpaNames.ENTITY).map(e -> e.string("name"))
                .filter(name -> !name.isBlank()).orElseGet(() -> unqualified(context.elements, entity));
    }

    private Head read(TypeElement entity) {
        TypeElement parent = context.hierarchies.parent(entity);
        if (parent != null && context.hierarchies.strategy(entity) == Hierarchies.Strategy.SINGLE_TABLE) {
            return of(context.hierarchies.root(entity));
        }
        Annotated annotated = context.annotations.of(entity);
        AnnotationValues table = annotated.get(JpaNames.TABLE).orElse(null);
        String explicit = table == null ? "" : table.string("name");
        Identifier logical = Identifier.parse(explicit.isBlank() ? entityName(entity) : explicit);
        Identifier physical = context.naming.toPhysical(logical);
        if (physical.isUnquotedReservedWord()) {
            context.problems.invalid(entity, "the table name '" + physical.catalogName() + "' of the entity "
                    + entity.getSimpleName() + " is a reserved word in PostgreSQL, and Hibernate writes it"
                    + " unquoted, so its DDL and queries fail. Name the table with @Table(name = \"...\"), or"
                    + " quote it with @Table(name = \"\\\"" + physical.text() + "\\\"\")");
        }
        String schema = table == null ? null : schema(entity, table);
        QualifiedName name = new QualifiedName(schema, physical.catalogName());
        if (parent != null) {
            Head root = of(context.hierarchies.root(entity));
            List<KeyColumn> key = context.hierarchies.strategy(entity) == Hierarchies.Strategy.JOINED
                    ? context.inheritance.joinedKey(entity, of(parent)) : root.key();
            return new Head(name, physical, root.idAttributes(), key);
        }
        List<Attribute> attributes = context.attributes.of((DeclaredType) entity.asType());
        List<Attribute> ids = new ArrayList<>();
        for (Attribute attribute : attributes) {
            if (attribute.has(JpaNames.ID)) {
                ids.add(attribute);
            }
        }
        KeyLayout layout = keys.read(entity, attributes);
        layouts.put(entity, layout);
        return new Head(name, physical, List.copyOf(ids),
                layout != null ? layout.columns() : key(entity, ids));
    }

    private String schema(TypeElement entity, AnnotationValues table) {
        if (!table.string("catalog").isBlank()) {
            context.problems.unsupportedEntity(entity, "@Table(catalog) on " + entity.getSimpleName(),
                    "PostgreSQL catalogs are databases; use @Table(schema)");
        }
        Identifier schema = Identifier.parse(table.string("schema"));
        return schema == null ? null : context.naming.catalogName(schema);
    }

    private List<KeyColumn> key(TypeElement entity, List<Attribute> ids) {
        if (ids.size() != 1 || ids.get(0).has(JpaNames.MANY_TO_ONE) || ids.get(0).has(JpaNames.ONE_TO_ONE)) {
            return List.of();
        }
        Attribute id = ids.get(0);
        AttributeOverrides overrides = new AttributeOverrides();
        overrides.add("", context.annotations.of(entity), entity.getSimpleName().toString());
        ColumnSpec column = context.columnSpecs.resolve(id, id.name(), overrides,
                entity.getSimpleName() + "." + id.name());
        // no Bean Validation here: Hibernate copies the key's type into foreign keys before it applies @Size
        if (column == null) {
            return List.of();
        }
        BasicTypes.Result type = ColumnTypes.of(id, column);
        if (type.type() == null) {
            return List.of();
        }
        Identifier logical = Identifier.parse(column.name() != null ? column.name() : id.name());
        return List.of(new KeyColumn(logical, context.naming.catalogName(logical), type.type()));
    }

    /** Hibernate's entity name for a class: its binary name without the package, so {@code Outer$Inner}. */
    private static String unqualified(Elements elements, TypeElement type) {
        String binary = elements.getBinaryName(type).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }
}
