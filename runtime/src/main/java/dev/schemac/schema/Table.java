package dev.schemac.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table and everything that belongs to it. Built immutably:
 * {@code table("customer").column(column("id", BIGINT).notNull()).primaryKey("customer_pkey", "id")}.
 *
 * @param name the table name
 * @param columns the columns in order
 * @param primaryKey the primary key, or {@code null}
 * @param uniques unique constraints
 * @param checks check constraints
 * @param foreignKeys foreign keys owned by this table
 * @param indexes indexes on this table
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<Unique> uniques,
        List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        List<String> seen = new ArrayList<>();
        for (Column c : columns) {
            if (seen.contains(c.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + c.name());
            }
            seen.add(c.name());
        }
    }

    /** An empty table named {@code "table"} or {@code "schema.table"}. */
    public static Table table(String name) {
        return new Table(QualifiedName.parse(name), List.of(), null, List.of(), List.of(), List.of(), List.of());
    }

    public Table column(Column column) {
        return withColumns(append(columns, column));
    }

    public Table primaryKey(String constraintName, String... columnNames) {
        return withPrimaryKey(new PrimaryKey(constraintName, List.of(columnNames)));
    }

    public Table unique(String constraintName, String... columnNames) {
        return withUniques(append(uniques, new Unique(constraintName, List.of(columnNames))));
    }

    public Table check(String constraintName, String expression) {
        return withChecks(append(checks, new Check(constraintName, expression)));
    }

    public Table foreignKey(ForeignKey foreignKey) {
        return withForeignKeys(append(foreignKeys, foreignKey));
    }

    public Table index(Index index) {
        return withIndexes(append(indexes, index));
    }

    /** The column with that name, if any. */
    public Optional<Column> findColumn(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, checks, foreignKeys, indexes);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniques, checks, foreignKeys, indexes);
    }

    public Table withUniques(List<Unique> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, checks, foreignKeys, indexes);
    }

    public Table withChecks(List<Check> newChecks) {
        return new Table(name, columns, primaryKey, uniques, newChecks, foreignKeys, indexes);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, checks, newForeignKeys, indexes);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, newIndexes);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
