package dev.schemac;

import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.AlterSequence;
import dev.schemac.operation.Approval;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateSchema;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.DropColumn;
import dev.schemac.operation.DropConstraint;
import dev.schemac.operation.DropDefault;
import dev.schemac.operation.DropIndex;
import dev.schemac.operation.DropNotNull;
import dev.schemac.operation.DropSequence;
import dev.schemac.operation.DropTable;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameConstraint;
import dev.schemac.operation.RenameIndex;
import dev.schemac.operation.RenameSequence;
import dev.schemac.operation.RenameTable;
import dev.schemac.operation.SetDefault;
import dev.schemac.operation.SetNotNull;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a migration makes, in order. Tables are named {@code "table"} or {@code "schema.table"}, with names
 * as PostgreSQL stores them; schemac quotes them where SQL needs it. Methods that can destroy data take an optional
 * {@link Approval}: without one the runtime refuses to run the migration.
 */
public final class SchemaChanges {
    private final List<Operation> operations = new ArrayList<>();

    /** The changes described so far. */
    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Adds any operation, e.g. one built by other code. */
    public void apply(Operation operation) {
        operations.add(operation);
    }

    public void createSchema(String name) {
        apply(new CreateSchema(name));
    }

    public void createTable(Table table) {
        apply(new CreateTable(table));
    }

    /** Drops a table with its rows; refused unless approved. */
    public void dropTable(String table) {
        dropTable(table, null);
    }

    public void dropTable(String table, Approval approval) {
        apply(new DropTable(QualifiedName.parse(table), approval));
    }

    public void addColumn(String table, Column column) {
        apply(new AddColumn(QualifiedName.parse(table), column));
    }

    /** Drops a column with its values; refused unless approved. */
    public void dropColumn(String table, String column) {
        dropColumn(table, column, null);
    }

    public void dropColumn(String table, String column, Approval approval) {
        apply(new DropColumn(QualifiedName.parse(table), column, approval));
    }

    /** Changes a column's type; a change that can lose values (not a widening) is refused unless approved. */
    public void alterColumnType(String table, String column, ColumnType from, ColumnType to) {
        alterColumnType(table, column, from, to, null, null);
    }

    /** Changes a column's type in a way that can lose values, with the approval of that loss. */
    public void alterColumnType(String table, String column, ColumnType from, ColumnType to, Approval approval) {
        alterColumnType(table, column, from, to, null, approval);
    }

    /**
     * Changes a column's type with an explicit conversion.
     *
     * @param using a SQL expression computing the new value from the old, or {@code null}
     * @param approval the approval of a lossy change, or {@code null}
     */
    public void alterColumnType(String table, String column, ColumnType from, ColumnType to, String using,
            Approval approval) {
        apply(new AlterColumnType(QualifiedName.parse(table), column, from, to, using, approval));
    }

    public void setNotNull(String table, String column) {
        apply(new SetNotNull(QualifiedName.parse(table), column));
    }

    public void dropNotNull(String table, String column) {
        apply(new DropNotNull(QualifiedName.parse(table), column));
    }

    /** Sets a default, given as a SQL expression such as {@code 0}, {@code 'new'} or {@code now()}. */
    public void setDefault(String table, String column, String expression) {
        apply(new SetDefault(QualifiedName.parse(table), column, expression));
    }

    public void dropDefault(String table, String column) {
        apply(new DropDefault(QualifiedName.parse(table), column));
    }

    public void addPrimaryKey(String table, String name, String... columns) {
        apply(new AddPrimaryKey(QualifiedName.parse(table), new PrimaryKey(name, List.of(columns))));
    }

    public void addUnique(String table, String name, String... columns) {
        apply(new AddUnique(QualifiedName.parse(table), new Unique(name, List.of(columns))));
    }

    public void addCheck(String table, String name, String expression) {
        apply(new AddCheck(QualifiedName.parse(table), new Check(name, expression)));
    }

    public void addForeignKey(String table, ForeignKey foreignKey) {
        apply(new AddForeignKey(QualifiedName.parse(table), foreignKey));
    }

    public void dropConstraint(String table, String name) {
        apply(new DropConstraint(QualifiedName.parse(table), name));
    }

    public void createIndex(String table, Index index) {
        apply(new CreateIndex(QualifiedName.parse(table), index));
    }

    /** Drops an index named {@code "index"} or {@code "schema.index"}. */
    public void dropIndex(String index) {
        apply(new DropIndex(QualifiedName.parse(index)));
    }

    public void createSequence(Sequence sequence) {
        apply(new CreateSequence(sequence));
    }

    public void alterSequence(String sequence, long increment) {
        apply(new AlterSequence(QualifiedName.parse(sequence), increment));
    }

    /** Drops a sequence; refused unless approved, since ids could be handed out again. */
    public void dropSequence(String sequence) {
        dropSequence(sequence, null);
    }

    public void dropSequence(String sequence, Approval approval) {
        apply(new DropSequence(QualifiedName.parse(sequence), approval));
    }

    /**
     * Renames a table, keeping its rows; it stays in its schema.
     *
     * @param table {@code "table"} or {@code "schema.table"}
     * @param to the new name, without schema
     */
    public void renameTable(String table, String to) {
        apply(new RenameTable(QualifiedName.parse(table), to));
    }

    /** Renames a column of a table, keeping its values. */
    public void renameColumn(String table, String column, String to) {
        apply(new RenameColumn(QualifiedName.parse(table), column, to));
    }

    /** Renames a constraint of a table (primary key, unique, check or foreign key). */
    public void renameConstraint(String table, String name, String to) {
        apply(new RenameConstraint(QualifiedName.parse(table), name, to));
    }

    /** Renames an index named {@code "index"} or {@code "schema.index"}; it stays in its schema. */
    public void renameIndex(String index, String to) {
        apply(new RenameIndex(QualifiedName.parse(index), to));
    }

    /** Renames a sequence, keeping its current value; it stays in its schema. */
    public void renameSequence(String sequence, String to) {
        apply(new RenameSequence(QualifiedName.parse(sequence), to));
    }

    /** Runs one SQL statement, e.g. a backfill {@code update}. */
    public void sql(String statement) {
        sql(statement, null);
    }

    /** Runs one SQL statement that destroys data, with the approval it needs. */
    public void sql(String statement, Approval approval) {
        apply(new ExecuteSql(statement, approval));
    }
}
