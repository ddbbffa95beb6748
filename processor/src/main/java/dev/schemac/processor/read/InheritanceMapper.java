package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.Hierarchies.Strategy;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.schema.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Discriminators discriminators;
    private final SingleTableColumns singleTable;
    private final InheritanceChecks checks;
    /** The tables of SINGLE_TABLE roots with subclasses, in the order the roots were mapped. */
    private final Map<TypeElement, TableDraft> rootTables = new LinkedHashMap<>();

    InheritanceMapper(ReadContext context) {
        this.context = context;
        this.discriminators = new Discriminators(context);
        this.singleTable = new SingleTableColumns(context, discriminators);
        this.checks = new InheritanceChecks(context);
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
        checks.classAnnotations(entity);
        if (!hierarchies.inHierarchy(entity) && !context.annotations.of(entity).has(JpaNames.DISCRIMINATOR_COLUMN)) {
            return;
        }
        TypeElement parent = hierarchies.parent(entity);
        Strategy strategy = hierarchies.strategy(entity);
        if (parent != null) {
            checks.ownId(entity);
        }
        if (parent == null) {
            Discriminator discriminator = discriminators.of(entity);
            if (discriminator != null) {
                discriminators.add(entity, table, discriminator);
            }
        } else if (strategy == Strategy.JOINED) {
            addPrimaryKeyJoinColumn(entity, table, parent);
        }
        if (strategy == Strategy.SINGLE_TABLE) {
            singleTable.map(entity, table, scope, attributes, parent);
        } else if (strategy == Strategy.TABLE_PER_CLASS) {
            checks.identity(entity, table);
        }
    }

    /**
     * The key of a JOINED subclass: one column per key column of its parent, named by
     * {@code @PrimaryKeyJoinColumn(name)} or as the parent's.
     */
    List<KeyColumn> joinedKey(TypeElement entity, Head parent) {
        if (parent.key().size() > 1) {
            // a key of several columns is repeated as it is; naming its columns is not supported (reported below)
            return context.annotations.of(entity).has(JpaNames.PRIMARY_KEY_JOIN_COLUMN) ? List.of() : parent.key();
        }
        if (parent.key().isEmpty()) {
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
        if (parentHead.key().size() > 1) {
            compositeKey(entity, table, annotated, parent, parentHead);
            return;
        }
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

    /** A JOINED subclass of an entity with a key of several columns: the same columns, a foreign key over them. */
    private void compositeKey(TypeElement entity, TableDraft table, Annotated annotated, TypeElement parent,
            Head parentHead) {
        if (annotated.has(JpaNames.PRIMARY_KEY_JOIN_COLUMN)) {
            context.problems.unsupportedEntity(entity, "@PrimaryKeyJoinColumn on " + entity.getSimpleName()
                    + ", whose parent " + parent.getSimpleName() + " has a key of several columns",
                    "naming the key columns of a JOINED subclass with a composite key");
            return;
        }
        List<String> columns = new ArrayList<>();
        for (KeyColumn column : parentHead.key()) {
            if (table.column(column.name()) != null) {
                context.problems.invalid(entity, "the primary key column " + column.name() + " of "
                        + entity.getSimpleName() + " is also mapped by " + table.column(column.name()).path());
                return;
            }
            table.putColumn(new ColumnDraft(Column.column(column.name(), column.type()).notNull(), entity,
                    entity.getSimpleName() + ".<primary key join column>", false, false, List.of("00:")));
            table.addPrimaryKey(column.name());
            columns.add(column.name());
        }
        table.addForeignKey(new ForeignKeyDraft(null, columns, parentHead.table(), columns));
    }
}
