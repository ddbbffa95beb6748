package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.Hierarchies.Strategy;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.processor.read.TableDraft.UniqueDraft;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * What entity inheritance adds to an entity's table, as Hibernate 7 does it on PostgreSQL.
 * <ul>
 * <li>SINGLE_TABLE: a subclass maps its own attributes into the root's table, where the columns it requires
 * (primitives, {@code optional = false}) stay nullable unless {@code nullable = false} says otherwise, and a check
 * {@code DTYPE <> 'Sub' or (col is not null ...)} requires them for its rows; the root gets the discriminator.</li>
 * <li>JOINED: a subclass has its own table, whose primary key ({@code @PrimaryKeyJoinColumn}, else the parent's key
 * column names) is a foreign key to the parent's table; a discriminator only if the root declares one.</li>
 * <li>TABLE_PER_CLASS: each concrete entity has a table with every inherited column; abstract ones have none.</li>
 * </ul>
 */
final class InheritanceMapper {
    private final ReadContext context;
    /** Per single-table entity: the columns its own attributes require although they are nullable. */
    private final Map<TypeElement, List<String>> required = new HashMap<>();
    private final Map<TypeElement, Discriminator> discriminators = new HashMap<>();
    /** The tables of SINGLE_TABLE roots with subclasses, in the order the roots were mapped. */
    private final Map<TypeElement, TableDraft> rootTables = new LinkedHashMap<>();

    InheritanceMapper(ReadContext context) {
        this.context = context;
    }

    /** Whether the entity has a table of its own or shares one: not so for an abstract TABLE_PER_CLASS entity. */
    boolean hasTable(TypeElement entity) {
        return !(Hierarchies.isAbstract(entity) && context.hierarchies.strategy(entity) == Strategy.TABLE_PER_CLASS
                && context.hierarchies.inHierarchy(entity));
    }

    /** Whether SINGLE_TABLE subclasses add their columns to this entity's table. */
    boolean sharesTableWithSubclasses(TypeElement entity) {
        Hierarchies hierarchies = context.hierarchies;
        return hierarchies.parent(entity) == null && !hierarchies.children(entity).isEmpty()
                && hierarchies.strategy(entity) == Strategy.SINGLE_TABLE;
    }

    /**
     * Adds a SINGLE_TABLE subclass's columns to its root's table, mapped before it; {@code true} when it did, so
     * that the subclass's table is not another one. A root's table is remembered for its subclasses.
     */
    boolean mergeIntoRoot(TypeElement entity, TableDraft table) {
        if (sharesTableWithSubclasses(entity)) {
            rootTables.put(entity, table);
            return false;
        }
        TableDraft root = rootTables.get(context.hierarchies.root(entity));
        if (root == null || context.hierarchies.strategy(entity) != Strategy.SINGLE_TABLE) {
            return false;
        }
        new SharedTables(context.problems).merge(root, table);
        return true;
    }

    /** The tables of SINGLE_TABLE roots with subclasses by root, complete once every entity is mapped. */
    Map<TypeElement, TableDraft> rootTables() {
        return rootTables;
    }

    /** The attributes the entity's table gets from it: its own, or for TABLE_PER_CLASS the inherited ones too. */
    List<Attribute> attributes(TypeElement entity) {
        Hierarchies hierarchies = context.hierarchies;
        if (hierarchies.parent(entity) == null || hierarchies.strategy(entity) != Strategy.TABLE_PER_CLASS) {
            return context.attributes.of((DeclaredType) entity.asType());
        }
        List<Attribute> all = new ArrayList<>();
        for (TypeElement level : hierarchies.chain(entity)) {
            all.addAll(context.attributes.of((DeclaredType) level.asType()));
        }
        return all;
    }

    /** Adds what inheritance adds, once the entity's attributes are mapped into its table. */
    void complete(TypeElement entity, TableDraft table, Scope scope, List<Attribute> attributes) {
        Hierarchies hierarchies = context.hierarchies;
        checkClassAnnotations(entity);
        if (!hierarchies.inHierarchy(entity) && !context.annotations.of(entity).has(JpaNames.DISCRIMINATOR_COLUMN)) {
            return;
        }
        TypeElement parent = hierarchies.parent(entity);
        Strategy strategy = hierarchies.strategy(entity);
        if (parent != null) {
            refuseOwnId(entity);
        }
        if (parent == null) {
            Discriminator discriminator = discriminator(entity);
            if (discriminator != null) {
                addDiscriminator(entity, table, discriminator);
            }
        } else if (strategy == Strategy.JOINED) {
            addPrimaryKeyJoinColumn(entity, table, parent);
        }
        if (strategy == Strategy.SINGLE_TABLE) {
            singleTable(entity, table, scope, attributes, parent);
        } else if (strategy == Strategy.TABLE_PER_CLASS) {
            refuseIdentity(entity, table);
        }
    }

    /**
     * The key of a JOINED subclass: one column per key column of its parent, named by
     * {@code @PrimaryKeyJoinColumn(name)} or as the parent's.
     */
    List<KeyColumn> joinedKey(TypeElement entity, Head parent) {
        if (parent.key().size() != 1) {
            return List.of();
        }
        KeyColumn parentKey = parent.key().get(0);
        AnnotationValues join = context.annotations.of(entity).get(JpaNames.PRIMARY_KEY_JOIN_COLUMN).orElse(null);
        String explicit = join == null ? "" : join.string("name");
        Identifier logical = explicit.isBlank() ? parentKey.logical() : Identifier.parse(explicit);
        return List.of(new KeyColumn(logical, context.naming.catalogName(logical), parentKey.type()));
    }

    private void addPrimaryKeyJoinColumn(TypeElement entity, TableDraft table, TypeElement parent) {
        Annotated annotated = context.annotations.of(entity);
        if (annotated.has(JpaNames.PRIMARY_KEY_JOIN_COLUMNS)) {
            context.problems.unsupportedEntity(entity, "@PrimaryKeyJoinColumns on " + entity.getSimpleName(),
                    "composite primary keys");
            return;
        }
        Head parentHead = context.heads.of(parent);
        List<KeyColumn> key = context.heads.of(entity).key();
        if (key.isEmpty()) {
            return;
        }
        KeyColumn column = key.get(0);
        AnnotationValues join = annotated.get(JpaNames.PRIMARY_KEY_JOIN_COLUMN).orElse(null);
        String referenced = join == null ? "" : join.string("referencedColumnName");
        String parentColumn = parentHead.key().get(0).name();
        if (!referenced.isBlank() && !context.naming.catalogName(Identifier.parse(referenced)).equals(parentColumn)) {
            context.problems.invalid(entity, "@PrimaryKeyJoinColumn(referencedColumnName = \"" + referenced
                    + "\") on " + entity.getSimpleName() + " names no primary key column of "
                    + parent.getSimpleName() + ", whose key column is " + parentColumn);
            return;
        }
        if (join != null && context.unsupported.inColumn(join, entity, entity.getSimpleName().toString())) {
            return;
        }
        if (table.column(column.name()) != null) {
            context.problems.invalid(entity, "the primary key column " + column.name() + " of "
                    + entity.getSimpleName() + " is also mapped by " + table.column(column.name()).path());
            return;
        }
        table.putColumn(new ColumnDraft(Column.column(column.name(), column.type()).notNull(), entity,
                entity.getSimpleName() + ".<primary key join column>", false, false, List.of("00:")));
        table.addPrimaryKey(column.name());
        AnnotationValues foreignKey = join == null ? null : join.annotation("foreignKey");
        if (foreignKey == null || !foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
            String name = foreignKey == null || foreignKey.string("name").isBlank() ? null : foreignKey.string("name");
            table.addForeignKey(new ForeignKeyDraft(name, List.of(column.name()), parentHead.table(),
                    List.of(parentColumn)));
        }
    }

    private void singleTable(TypeElement entity, TableDraft table, Scope scope, List<Attribute> attributes,
            TypeElement parent) {
        List<Attribute> ordered = new ArrayList<>(attributes);
        ordered.sort(Comparator.comparingInt(Attribute::classLevel).thenComparing(Attribute::name));
        List<String> own = new ArrayList<>();
        for (Attribute attribute : ordered) {
            ColumnDraft draft = ownColumn(table, scope, attribute);
            if (draft == null) {
                continue;
            }
            if (parent != null && !draft.column().nullable() && !explicitlyNotNull(attribute)) {
                draft = relax(table, draft);
            }
            if (draft.column().nullable() && isRequired(attribute)) {
                own.add(draft.column().name());
            }
        }
        required.put(entity, own);
        if (parent == null || Hierarchies.isAbstract(entity)) {
            return;
        }
        Discriminator discriminator = discriminator(context.hierarchies.root(entity));
        String value = discriminator == null ? null : Discriminator.value(context, entity, discriminator.kind());
        List<String> columns = new ArrayList<>(required.getOrDefault(parent, List.of()));
        columns.addAll(own);
        if (value != null && !columns.isEmpty()) {
            table.addCheck(discriminator.name() + "_" + context.heads.entityName(entity).toLowerCase(Locale.ROOT),
                    discriminator.requiredCheck(value, columns));
        }
    }

    /** The single column an attribute maps directly (not through an embeddable), or {@code null}. */
    private static ColumnDraft ownColumn(TableDraft table, Scope scope, Attribute attribute) {
        String path = scope.pathOf(attribute);
        for (ColumnDraft draft : table.columns()) {
            if (draft.field() == attribute.field() && draft.path().equals(path)) {
                return draft;
            }
        }
        return null;
    }

    /** Whether Hibernate's property is not optional: a primitive, {@code @Basic(optional = false)}, a required association. */
    private static boolean isRequired(Attribute attribute) {
        if (attribute.has(JpaNames.ID) || attribute.has(JpaNames.VERSION)) {
            return false;
        }
        if (ToOneMapper.applies(attribute)) {
            String annotation = attribute.has(JpaNames.ONE_TO_ONE) ? JpaNames.ONE_TO_ONE : JpaNames.MANY_TO_ONE;
            return attribute.annotations().get(annotation).map(a -> !a.bool("optional")).orElse(false);
        }
        return attribute.type().getKind().isPrimitive()
                || attribute.annotations().get(JpaNames.BASIC).map(b -> !b.bool("optional")).orElse(false);
    }

    /** Whether the mapping itself says {@code nullable = false}, which Hibernate keeps in a shared table. */
    private static boolean explicitlyNotNull(Attribute attribute) {
        String annotation = ToOneMapper.applies(attribute) ? JpaNames.JOIN_COLUMN : JpaNames.COLUMN;
        return attribute.annotations().get(annotation).map(c -> !c.bool("nullable")).orElse(false);
    }

    /** Makes the column nullable, keeping the unique constraints that belong to it. */
    private static ColumnDraft relax(TableDraft table, ColumnDraft draft) {
        ColumnDraft relaxed = new ColumnDraft(draft.column().withNullable(true), draft.field(), draft.path(),
                draft.readOnly(), draft.joinColumn(), draft.bindingOrder());
        table.putColumn(relaxed);
        List<UniqueDraft> uniques = table.uniques();
        for (int i = 0; i < uniques.size(); i++) {
            if (uniques.get(i).owner() == draft) {
                uniques.set(i, new UniqueDraft(uniques.get(i).name(), uniques.get(i).columns(), relaxed));
            }
        }
        return relaxed;
    }

    private void addDiscriminator(TypeElement root, TableDraft table, Discriminator discriminator) {
        String path = root.getSimpleName() + ".<discriminator>";
        if (table.column(discriminator.name()) != null) {
            context.problems.invalid(root, "the discriminator column " + discriminator.name() + " of "
                    + root.getSimpleName() + " is also mapped by " + table.column(discriminator.name()).path()
                    + "; Hibernate refuses this unless that mapping is read-only, which schemac does not read");
            return;
        }
        table.putColumn(new ColumnDraft(Column.column(discriminator.name(), discriminator.type()).notNull(), root,
                path, false, false, List.of("99:")));
        List<String> values = new ArrayList<>();
        List<TypeElement> classes = new ArrayList<>();
        classes.add(root);
        classes.addAll(context.hierarchies.subclasses(root));
        for (TypeElement type : classes) {
            if (!Hierarchies.isAbstract(type)) {
                String value = Discriminator.value(context, type, discriminator.kind());
                if (value == null) {
                    return;
                }
                values.add(value);
            }
        }
        if (!values.isEmpty()) {
            table.addCheck(discriminator.name(), discriminator.check(values));
        }
    }

    /** The hierarchy's discriminator, read from its root once; {@code null} when it has none. */
    Discriminator discriminator(TypeElement root) {
        if (discriminators.containsKey(root)) {
            return discriminators.get(root);
        }
        Discriminator discriminator = readDiscriminator(root);
        discriminators.put(root, discriminator);
        return discriminator;
    }

    private Discriminator readDiscriminator(TypeElement root) {
        AnnotationValues column = context.annotations.of(root).get(JpaNames.DISCRIMINATOR_COLUMN).orElse(null);
        Strategy strategy = context.hierarchies.strategy(root);
        boolean present = switch (strategy) {
            case SINGLE_TABLE -> column != null || !context.hierarchies.children(root).isEmpty();
            case JOINED -> column != null;
            case TABLE_PER_CLASS -> false;
        };
        if (!present) {
            return null;
        }
        String name = column == null ? "" : column.string("name");
        String kind = column == null ? "STRING" : column.enumConstant("discriminatorType");
        int length = column == null ? 31 : column.integer("length");
        if (column != null && (!column.string("columnDefinition").isBlank()
                || column.isSet("options") && !column.string("options").isBlank())) {
            context.problems.unsupportedEntity(root, "@DiscriminatorColumn(columnDefinition or options) on "
                    + root.getSimpleName(), "a verbatim SQL type is not checked against the discriminator type");
            return null;
        }
        Identifier logical = Identifier.parse(name.isBlank() ? Discriminator.DEFAULT_NAME : name);
        ColumnType type = switch (kind) {
            case "CHAR" -> ColumnType.character(1);
            case "INTEGER" -> ColumnType.INTEGER;
            default -> ColumnType.varchar(length);
        };
        return new Discriminator(context.naming.catalogName(logical), type, kind.isEmpty() ? "STRING" : kind);
    }

    /** Class annotations of inheritance that Hibernate ignores or refuses where they are. */
    private void checkClassAnnotations(TypeElement entity) {
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

    private void refuseOwnId(TypeElement entity) {
        for (Attribute attribute : context.attributes.of((DeclaredType) entity.asType())) {
            if (attribute.has(JpaNames.ID) || attribute.has(JpaNames.EMBEDDED_ID)) {
                context.problems.invalid(attribute.field(), "@Id on " + entity.getSimpleName() + "."
                        + attribute.name() + ": the id of an entity hierarchy is its root's ("
                        + context.hierarchies.root(entity).getSimpleName() + "); a subclass cannot declare one");
            }
        }
    }

    private void refuseIdentity(TypeElement entity, TableDraft table) {
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
