package dev.schemac.processor.read;

import dev.schemac.processor.read.CollectionShape.Kind;
import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Maps a unidirectional {@code @OneToMany} with {@code @JoinColumn} (and the index of a {@code mappedBy} one): the
 * target's table gets the join column
 * ({@code <attribute>_<owner id>} unless named, nullable unless {@code nullable = false}) with a foreign key to the
 * owner, and a list's order column (nullable unless {@code @OrderColumn(nullable = false)}) or a map's key column
 * (always nullable). Where the
 * target maps the column itself (a {@code @ManyToOne} on the same column), its own mapping defines the column, as
 * Hibernate binds entities before their collections.
 */
final class JoinColumnCollectionMapper {
    private final ReadContext context;
    private final Columns columns;
    private final IndexColumns indexColumns;

    JoinColumnCollectionMapper(ReadContext context, Columns columns, IndexColumns indexColumns) {
        this.context = context;
        this.columns = columns;
        this.indexColumns = indexColumns;
    }

    void map(Attribute attribute, Scope scope, CollectionShape shape, TypeElement target) {
        String path = scope.pathOf(attribute);
        Head owner = context.heads.of(scope.table().entity());
        if (owner.key().isEmpty()) {
            return; // reported with the owner
        }
        List<KeyColumn> key = owner.key();
        AnnotationValues joinColumn = attribute.annotations().get(JpaNames.JOIN_COLUMN).orElseThrow();
        if (key.size() != 1 && !joinColumn.string("name").isBlank()) {
            context.problems.unsupported(attribute.field(), "one @JoinColumn on " + path + " for the primary key of "
                    + owner.table() + ", which has " + key.size() + " columns", "@JoinColumns");
            return;
        }
        List<PlannedColumn> planned = new ArrayList<>();
        for (KeyColumn column : key) {
            if (!JoinColumns.isSupported(context, joinColumn, attribute, column, path)) {
                return;
            }
            Identifier logical = Identifier.parse(joinColumn.string("name"));
            if (logical == null) {
                logical = CollectionNames.joinColumn(attribute.name(), column, owner);
            }
            String name = columns.name(logical, attribute, path);
            if (name == null) {
                return;
            }
            planned.add(new PlannedColumn(Column.column(name, column.type()).withNullable(joinColumn.bool("nullable")),
                    null, null));
        }
        List<String> keyNames = planned.stream().map(p -> p.column().name()).toList();
        JoinColumns.ForeignKeyName foreignKey = JoinColumns.foreignKeyName(context, null, List.of(joinColumn),
                attribute, path);
        PlannedColumn index = index(attribute, shape, path);
        if (foreignKey == null || index == NONE) {
            return;
        }
        if (index != null) {
            planned.add(index);
        }
        Head targetHead = context.heads.of(target);
        context.collections.contribute(targetHead.table(), attribute.field(), path, table -> {
            for (PlannedColumn column : planned) {
                add(table, column, attribute, path);
            }
            if (foreignKey.wanted()) {
                addForeignKey(table, new ForeignKeyDraft(foreignKey.name(), keyNames, owner.table(),
                        key.stream().map(KeyColumn::name).toList()));
            }
        });
    }

    /**
     * Maps the {@code mappedBy} side of a {@code @OneToMany} that orders or keys its elements: the order column or map
     * key column goes into the target's table, beside the owning side's join column.
     */
    void mapInverse(Attribute attribute, Scope scope, CollectionShape shape, TypeElement target) {
        String path = scope.pathOf(attribute);
        PlannedColumn index = index(attribute, shape, path);
        if (index == null || index == NONE) {
            return;
        }
        context.collections.contribute(context.heads.of(target).table(), attribute.field(), path,
                table -> add(table, index, attribute, path));
    }

    /** Marks a problem already reported. */
    private static final PlannedColumn NONE = new PlannedColumn(Column.column("none", ColumnType.INTEGER), null,
            null);

    /** The order or map key column, {@code null} for none, {@link #NONE} after reporting a problem. */
    private PlannedColumn index(Attribute attribute, CollectionShape shape, String path) {
        if (shape.kind() == Kind.LIST) {
            PlannedColumn order = indexColumns.order(attribute, path);
            return order == null ? NONE : order;
        }
        if (shape.kind() != Kind.MAP || attribute.has(JpaNames.MAP_KEY)) {
            return null;
        }
        if (!indexColumns.isBasic(shape.key())) {
            context.problems.unsupported(attribute.field(), "the map key " + shape.key() + " of " + path,
                    "keys of entity or embeddable type in the target's table of a @OneToMany; use a join table");
            return NONE;
        }
        PlannedColumn key = indexColumns.basicKey(attribute, shape.key(), path);
        // in the target's table, Hibernate leaves the key column nullable even with @MapKeyColumn(nullable = false)
        return key == null ? NONE : key.withNullable(true);
    }

    private void add(TableDraft table, PlannedColumn planned, Attribute attribute, String path) {
        Column column = planned.column();
        ColumnDraft earlier = table.column(column.name());
        if (earlier == null) {
            table.putColumn(new ColumnDraft(column, attribute.field(), path, true, true, List.of()));
            if (planned.check() != null) {
                table.addCheck(column.name(), planned.check());
            }
        } else if (!earlier.column().type().equals(column.type())) {
            context.problems.invalid(attribute.field(), path + " maps the column " + column.name() + " of the table "
                    + table.name() + " as " + column.type() + ", but " + earlier.path() + " maps it as "
                    + earlier.column().type());
        }
    }

    /** Adds the foreign key unless the table has one on the same columns to the same table already. */
    private static void addForeignKey(TableDraft table, ForeignKeyDraft key) {
        for (ForeignKeyDraft earlier : table.foreignKeys()) {
            if (earlier.columns().equals(key.columns()) && earlier.target().equals(key.target())) {
                return;
            }
        }
        table.addForeignKey(key);
    }
}
