package dev.schemac.processor.read;

import dev.schemac.processor.read.CollectionShape.Kind;
import dev.schemac.processor.read.CollectionTableMapper.Nature;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a collection attribute: {@code @ElementCollection} to a collection table, {@code @ManyToMany} and a
 * {@code @OneToMany} without {@code @JoinColumn} to a join table, a {@code @OneToMany} with {@code @JoinColumn} to
 * columns in the target's table; the {@code mappedBy} side of an association maps nothing but a one-to-many's order
 * or map key column. Annotations that do not
 * fit the collection are refused rather than ignored.
 */
final class CollectionMapper {
    /** Annotations that only mean something on a collection. */
    static final Set<String> ANNOTATIONS = Set.of(JpaNames.JOIN_TABLE, JpaNames.COLLECTION_TABLE,
            JpaNames.ORDER_COLUMN, JpaNames.MAP_KEY, JpaNames.MAP_KEY_COLUMN, JpaNames.MAP_KEY_ENUMERATED,
            JpaNames.MAP_KEY_TEMPORAL, JpaNames.MAP_KEY_JOIN_COLUMN);
    private static final List<String> MAP_KEYS = List.of(JpaNames.MAP_KEY, JpaNames.MAP_KEY_COLUMN,
            JpaNames.MAP_KEY_ENUMERATED, JpaNames.MAP_KEY_TEMPORAL, JpaNames.MAP_KEY_JOIN_COLUMN);
    private static final List<String> KINDS = List.of(JpaNames.ELEMENT_COLLECTION, JpaNames.ONE_TO_MANY,
            JpaNames.MANY_TO_MANY);

    private final ReadContext context;
    private final CollectionShapes shapes;
    private final CollectionTableMapper tables;
    private final JoinColumnCollectionMapper joinColumns;

    CollectionMapper(ReadContext context, Columns columns, BasicMapper basic) {
        this.context = context;
        this.shapes = new CollectionShapes(context);
        IndexColumns indexColumns = new IndexColumns(context, columns);
        this.tables = new CollectionTableMapper(context, columns, basic, indexColumns);
        this.joinColumns = new JoinColumnCollectionMapper(context, columns, indexColumns);
    }

    /**
     * Whether the collection is declared by an entity of a TABLE_PER_CLASS hierarchy that is abstract or has
     * subclasses (or by one of its mapped superclasses): its rows may belong to any table of the hierarchy.
     */
    private boolean ownedByUnion(Attribute attribute, TypeElement entity) {
        if (entity == null || context.hierarchies.strategy(entity) != Hierarchies.Strategy.TABLE_PER_CLASS) {
            return false;
        }
        Element declaring = attribute.field().getEnclosingElement();
        for (TypeElement ancestor : context.hierarchies.chain(entity)) {
            if (context.hierarchies.isUnion(ancestor)
                    && context.attributes.mappedHierarchy(ancestor).contains(declaring)) {
                return true;
            }
        }
        return false;
    }

    static boolean applies(Attribute attribute) {
        return attribute.has(JpaNames.ELEMENT_COLLECTION) || attribute.has(JpaNames.ONE_TO_MANY)
                || attribute.has(JpaNames.MANY_TO_MANY);
    }

    void map(Attribute attribute, Scope scope, EmbeddedMapper.Inner inner) {
        String path = scope.pathOf(attribute);
        List<String> kinds = KINDS.stream().filter(attribute::has).toList();
        if (kinds.size() > 1 || ToOneMapper.applies(attribute)) {
            context.problems.invalid(attribute.field(), path + " has more than one of @ElementCollection,"
                    + " @OneToMany, @ManyToMany, @ManyToOne and @OneToOne");
            return;
        }
        if (context.collections.isCollectionTable(scope.table())) {
            context.problems.invalid(attribute.field(), path + " is a collection inside an embeddable that is itself"
                    + " the element of a collection, which JPA does not allow");
            return;
        }
        if (ownedByUnion(attribute, scope.table().entity())) {
            String declared = attribute.field().getEnclosingElement().getSimpleName() + "." + attribute.name();
            context.problems.unsupported(attribute.field(), declared + ", a collection of a TABLE_PER_CLASS entity with"
                    + " subclasses", "collections of an entity whose rows are spread over the tables of its"
                    + " TABLE_PER_CLASS hierarchy (Hibernate names the table after that entity and gives it no"
                    + " foreign key)");
            return;
        }
        String kind = kinds.get(0);
        AnnotationValues annotation = attribute.annotations().get(kind).orElseThrow();
        boolean elements = kind.equals(JpaNames.ELEMENT_COLLECTION);
        if (!elements && !annotation.string("mappedBy").isBlank()) {
            mapInverseSide(attribute, scope, kind, annotation, path);
            return;
        }
        if (!fits(attribute, elements, kind, path)) {
            return;
        }
        TypeMirror target = CollectionShapes.target(annotation, elements ? "targetClass" : "targetEntity");
        CollectionShape shape = shapes.of(attribute, target, attribute.has(JpaNames.ORDER_COLUMN), path);
        if (shape == null || !keyAnnotationsFit(attribute, shape, elements, path)) {
            return;
        }
        if (elements) {
            tables.map(attribute, scope, shape, Nature.ELEMENTS, null, inner);
            return;
        }
        TypeElement targetEntity = entity(shape.element());
        if (targetEntity == null) {
            context.problems.invalid(attribute.field(), path + " is an association to " + shape.element()
                    + ", which is not a jakarta.persistence @Entity");
            return;
        }
        if (attribute.has(JpaNames.JOIN_COLUMN)) {
            joinColumns.map(attribute, scope, shape, targetEntity);
        } else {
            tables.map(attribute, scope, shape, kind.equals(JpaNames.MANY_TO_MANY) ? Nature.MANY_TO_MANY
                    : Nature.ONE_TO_MANY, targetEntity, inner);
        }
    }

    /**
     * The inverse side maps nothing, except that a one-to-many's order column or map key column goes into the
     * target's table. Hibernate refuses an order column on the inverse side of a many-to-many; schemac refuses the
     * annotations and map keys that would add other columns to the owning side's tables.
     */
    private void mapInverseSide(Attribute attribute, Scope scope, String kind, AnnotationValues annotation,
            String path) {
        boolean oneToMany = kind.equals(JpaNames.ONE_TO_MANY);
        if (!oneToMany && attribute.has(JpaNames.ORDER_COLUMN)) {
            context.problems.invalid(attribute.field(), "@OrderColumn on " + path + ", the mappedBy side of a"
                    + " @ManyToMany: Hibernate refuses it; put it on the owning side");
            return;
        }
        List<String> refused = oneToMany ? List.of(JpaNames.MAP_KEY_JOIN_COLUMN, JpaNames.JOIN_TABLE,
                JpaNames.JOIN_COLUMN) : List.of(JpaNames.MAP_KEY_COLUMN, JpaNames.MAP_KEY_ENUMERATED,
                JpaNames.MAP_KEY_TEMPORAL, JpaNames.MAP_KEY_JOIN_COLUMN, JpaNames.JOIN_TABLE, JpaNames.JOIN_COLUMN);
        boolean found = false;
        for (String name : refused) {
            if (attribute.has(name)) {
                context.problems.unsupported(attribute.field(), "@" + simpleName(name) + " on the mappedBy side "
                        + path, "columns that the inverse side of an association adds to the owning side's tables");
                found = true;
            }
        }
        if (found) {
            return;
        }
        CollectionShape shape = shapes.of(attribute, CollectionShapes.target(annotation, "targetEntity"),
                attribute.has(JpaNames.ORDER_COLUMN), path);
        if (shape == null || !keyAnnotationsFit(attribute, shape, false, path)) {
            return;
        }
        boolean keyed = shape.kind() == Kind.MAP && !attribute.has(JpaNames.MAP_KEY);
        if (keyed && !oneToMany) {
            context.problems.unsupported(attribute.field(), "the map " + path + " without @MapKey on the mappedBy"
                    + " side of a @ManyToMany", "map key columns that the inverse side adds to the owning side's"
                    + " join table; use @MapKey, or map the key on the owning side");
            return;
        }
        if (shape.kind() != Kind.LIST && !keyed) {
            return;
        }
        TypeElement target = entity(shape.element());
        if (target == null) {
            context.problems.invalid(attribute.field(), path + " is an association to " + shape.element()
                    + ", which is not a jakarta.persistence @Entity");
            return;
        }
        joinColumns.mapInverse(attribute, scope, shape, target);
    }

    /** Whether the table annotations fit the kind of collection; reports those that do not. */
    private boolean fits(Attribute attribute, boolean elements, String kind, String path) {
        String wrong = null;
        if (elements && attribute.has(JpaNames.JOIN_TABLE)) {
            wrong = "@JoinTable on the @ElementCollection " + path + "; its table is a @CollectionTable";
        } else if (elements && attribute.has(JpaNames.JOIN_COLUMN)) {
            wrong = "@JoinColumn on the @ElementCollection " + path + "; name its join columns with"
                    + " @CollectionTable(joinColumns)";
        } else if (!elements && attribute.has(JpaNames.COLLECTION_TABLE)) {
            wrong = "@CollectionTable on the association " + path + "; its table is a @JoinTable";
        } else if (kind.equals(JpaNames.MANY_TO_MANY) && attribute.has(JpaNames.JOIN_COLUMN)) {
            wrong = "@JoinColumn on the @ManyToMany " + path + "; name its join columns with"
                    + " @JoinTable(joinColumns)";
        } else if (attribute.has(JpaNames.JOIN_COLUMN) && attribute.has(JpaNames.JOIN_TABLE)) {
            wrong = "both @JoinColumn and @JoinTable on " + path + "; use one of them";
        }
        if (wrong != null) {
            context.problems.invalid(attribute.field(), wrong);
            return false;
        }
        return true;
    }

    private boolean keyAnnotationsFit(Attribute attribute, CollectionShape shape, boolean elements, String path) {
        for (String name : MAP_KEYS) {
            if (attribute.has(name) && shape.kind() != Kind.MAP) {
                context.problems.invalid(attribute.field(), "@" + simpleName(name) + " on " + path
                        + " needs a Map, but its type is " + attribute.type());
                return false;
            }
        }
        if (attribute.has(JpaNames.MAP_KEY) && elements) {
            context.problems.invalid(attribute.field(), "@MapKey on the @ElementCollection " + path + " names an"
                    + " attribute of an entity value; use @MapKeyColumn");
            return false;
        }
        if (attribute.has(JpaNames.MAP_KEY) && MAP_KEYS.stream().filter(attribute::has).count() > 1) {
            context.problems.invalid(attribute.field(), "@MapKey on " + path + " takes the key from the value, so"
                    + " there is no key column for the other @MapKey... annotations to describe");
            return false;
        }
        return true;
    }

    private TypeElement entity(TypeMirror type) {
        if (type instanceof DeclaredType declared
                && context.annotations.of(declared.asElement()).has(JpaNames.ENTITY)) {
            return (TypeElement) declared.asElement();
        }
        return null;
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
