package dev.schemac.processor.read;

import dev.schemac.schema.Column;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One entity's table while it is being read: columns with the fields they come from, and constraints whose names
 * are still to be chosen ({@code null}) unless the mapping names them.
 */
final class TableDraft {
    /**
     * A column and where it was declared.
     *
     * @param readOnly whether the attribute is neither insertable nor updatable, so another may share the column
     * @param joinColumn whether an association maps it, which Hibernate binds after every basic column
     * @param bindingOrder when Hibernate binds it among the other basic or join columns, see
     *     {@link Scope#bindingOrderOf}
     */
    record ColumnDraft(Column column, Element field, String path, boolean readOnly, boolean joinColumn,
            List<String> bindingOrder) {
        /**
         * The order Hibernate binds columns in: basic columns in its first pass over the attributes, by their
         * binding order, join columns in a later pass.
         */
        static final Comparator<ColumnDraft> BINDING_ORDER = Comparator.comparing(ColumnDraft::joinColumn)
                .thenComparing(ColumnDraft::bindingOrder, ColumnDraft::compareOrders);

        private static int compareOrders(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int order = a.get(i).compareTo(b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }

    /**
     * A unique constraint.
     *
     * @param name the name, {@code null} when schemac chooses it
     * @param owner for a column that is unique by its mapping ({@code @Column(unique)}, a one-to-one), the mapping;
     *     it counts only if it defines the column, see {@link Columns#add}
     */
    record UniqueDraft(String name, List<String> columns, ColumnDraft owner) {
    }

    /** A check on one column. */
    record CheckDraft(String column, String expression) {
    }

    /** A check of its own: named, or on the table rather than one column; {@code name} is {@code null} if unnamed. */
    record TableCheckDraft(String name, String expression) {
    }

    /** A foreign key to another table's primary key. */
    record ForeignKeyDraft(String name, List<String> columns, QualifiedName target, List<String> targetColumns) {
    }

    /** An index; {@code name} is {@code null} when schemac chooses it. */
    record IndexDraft(String name, List<IndexColumn> columns) {
    }

    private final TypeElement entity;
    private final QualifiedName name;
    private final Identifier physicalName;
    private final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<UniqueDraft> uniques = new ArrayList<>();
    private final List<CheckDraft> checks = new ArrayList<>();
    private final List<TableCheckDraft> tableChecks = new ArrayList<>();
    private final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
    private final List<IndexDraft> indexes = new ArrayList<>();

    TableDraft(TypeElement entity, QualifiedName name, Identifier physicalName) {
        this.entity = entity;
        this.name = name;
        this.physicalName = physicalName;
    }

    TypeElement entity() {
        return entity;
    }

    QualifiedName name() {
        return name;
    }

    /** The table name as Hibernate holds it, from which it derives implicit sequence names. */
    Identifier physicalName() {
        return physicalName;
    }

    /** The column already mapped under that name, or {@code null}. */
    ColumnDraft column(String columnName) {
        return columns.get(columnName);
    }

    void putColumn(ColumnDraft column) {
        columns.put(column.column().name(), column);
    }

    Collection<ColumnDraft> columns() {
        return Collections.unmodifiableCollection(columns.values());
    }

    void addPrimaryKey(String column) {
        primaryKey.add(column);
    }

    List<String> primaryKey() {
        return primaryKey;
    }

    void addUnique(String constraintName, List<String> columnNames) {
        uniques.add(new UniqueDraft(constraintName, List.copyOf(columnNames), null));
    }

    /** Makes the column unique, if this mapping of it is the one that defines it. */
    void addUnique(ColumnDraft owner) {
        uniques.add(new UniqueDraft(null, List.of(owner.column().name()), owner));
    }

    List<UniqueDraft> uniques() {
        return uniques;
    }

    void addCheck(String column, String expression) {
        checks.add(new CheckDraft(column, expression));
    }

    List<CheckDraft> checks() {
        return checks;
    }

    void addTableCheck(TableCheckDraft check) {
        tableChecks.add(check);
    }

    List<TableCheckDraft> tableChecks() {
        return tableChecks;
    }

    void addForeignKey(ForeignKeyDraft foreignKey) {
        foreignKeys.add(foreignKey);
    }

    List<ForeignKeyDraft> foreignKeys() {
        return foreignKeys;
    }

    void addIndex(IndexDraft index) {
        indexes.add(index);
    }

    List<IndexDraft> indexes() {
        return indexes;
    }
}
