package dev.schemac.internal.sql;

import static dev.schemac.internal.sql.Identifiers.qualified;
import static dev.schemac.internal.sql.Identifiers.quote;

import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddPrimaryKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.AlterColumnType;
import dev.schemac.operation.AlterSequence;
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
import dev.schemac.operation.OperationVisitor;
import dev.schemac.operation.RenameColumn;
import dev.schemac.operation.RenameConstraint;
import dev.schemac.operation.RenameIndex;
import dev.schemac.operation.RenameSequence;
import dev.schemac.operation.RenameTable;
import dev.schemac.operation.SetDefault;
import dev.schemac.operation.SetNotNull;
import dev.schemac.schema.Index;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Renders operations as PostgreSQL statements: lower-case keywords, identifiers quoted only where needed. */
public final class SqlRenderer implements OperationVisitor<List<String>> {
    /** The statements of all operations, in order. */
    public List<String> render(List<Operation> operations) {
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            statements.addAll(operation.accept(this));
        }
        return statements;
    }

    @Override
    public List<String> visit(CreateSchema op) {
        return List.of("create schema if not exists " + quote(op.name()));
    }

    /** The table with its columns and constraints in one statement, then one statement per index. */
    @Override
    public List<String> visit(CreateTable op) {
        Table table = op.table();
        List<String> elements = new ArrayList<>();
        table.columns().forEach(c -> elements.add(TableClauses.column(c)));
        if (table.primaryKey() != null) {
            elements.add(TableClauses.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> elements.add(TableClauses.unique(u)));
        table.checks().forEach(c -> elements.add(TableClauses.check(c)));
        table.foreignKeys().forEach(k -> elements.add(TableClauses.foreignKey(k)));
        String create = "create table " + qualified(table.name())
                + (elements.isEmpty() ? " ()" : " (\n    " + String.join(",\n    ", elements) + "\n)");
        List<String> statements = new ArrayList<>();
        statements.add(create);
        for (Index index : table.indexes()) {
            statements.add(TableClauses.createIndex(table.name(), index));
        }
        return statements;
    }

    @Override
    public List<String> visit(DropTable op) {
        return List.of("drop table " + qualified(op.table()));
    }

    @Override
    public List<String> visit(AddColumn op) {
        return alterTable(op.table(), "add column " + TableClauses.column(op.column()));
    }

    @Override
    public List<String> visit(DropColumn op) {
        return alterTable(op.table(), "drop column " + quote(op.column()));
    }

    @Override
    public List<String> visit(AlterColumnType op) {
        String using = op.using() == null ? "" : " using " + op.using();
        return alterColumn(op.table(), op.column(), "type " + op.to() + using);
    }

    @Override
    public List<String> visit(SetNotNull op) {
        return alterColumn(op.table(), op.column(), "set not null");
    }

    @Override
    public List<String> visit(DropNotNull op) {
        return alterColumn(op.table(), op.column(), "drop not null");
    }

    @Override
    public List<String> visit(SetDefault op) {
        return alterColumn(op.table(), op.column(), "set default " + op.expression());
    }

    @Override
    public List<String> visit(DropDefault op) {
        return alterColumn(op.table(), op.column(), "drop default");
    }

    @Override
    public List<String> visit(AddPrimaryKey op) {
        return alterTable(op.table(), "add " + TableClauses.primaryKey(op.primaryKey()));
    }

    @Override
    public List<String> visit(AddUnique op) {
        return alterTable(op.table(), "add " + TableClauses.unique(op.unique()));
    }

    @Override
    public List<String> visit(AddCheck op) {
        return alterTable(op.table(), "add " + TableClauses.check(op.check()));
    }

    @Override
    public List<String> visit(AddForeignKey op) {
        return alterTable(op.table(), "add " + TableClauses.foreignKey(op.foreignKey()));
    }

    @Override
    public List<String> visit(DropConstraint op) {
        return alterTable(op.table(), "drop constraint " + quote(op.name()));
    }

    @Override
    public List<String> visit(CreateIndex op) {
        return List.of(TableClauses.createIndex(op.table(), op.index()));
    }

    /**
     * {@code create [unique] index concurrently if not exists ...}: built without blocking writes, outside any
     * transaction, and skipped when a valid index of that name exists (an invalid one must be dropped first).
     */
    public String createIndexConcurrently(CreateIndex op) {
        String plain = TableClauses.createIndex(op.table(), op.index());
        String head = op.index().unique() ? "create unique index " : "create index ";
        return head + "concurrently if not exists " + plain.substring(head.length());
    }

    /**
     * {@code create unique index concurrently if not exists c on t (cols)}: the index a unique constraint named
     * {@code c} then takes over with {@link #addUniqueUsingIndex}.
     */
    public String createUniqueIndexConcurrently(AddUnique op) {
        return "create unique index concurrently if not exists " + quote(op.unique().name()) + " on "
                + qualified(op.table()) + " (" + Identifiers.list(op.unique().columns()) + ")";
    }

    /** {@code alter table t add constraint c unique using index c}: a catalog change once the index is built. */
    public String addUniqueUsingIndex(AddUnique op) {
        String name = quote(op.unique().name());
        return "alter table " + qualified(op.table()) + " add constraint " + name + " unique using index " + name;
    }

    /** {@code drop index concurrently if exists}, for an invalid index left by a failed concurrent build. */
    public String dropIndexConcurrently(QualifiedName index) {
        return "drop index concurrently if exists " + qualified(index);
    }

    /** {@code alter table t add constraint ... not valid}: checks new rows only, until validated. */
    public List<String> notValid(Operation constraint) {
        return List.of(constraint.accept(this).get(0) + " not valid");
    }

    /** {@code alter table t validate constraint c}: checks the existing rows without blocking writes. */
    public String validateConstraint(QualifiedName table, String constraint) {
        return "alter table " + qualified(table) + " validate constraint " + quote(constraint);
    }

    /** {@code alter table t add constraint c check ("col" is not null) not valid}. */
    public String addNotNullCheck(QualifiedName table, String column, String constraint) {
        return "alter table " + qualified(table) + " add constraint " + quote(constraint) + " check (" + quote(column)
                + " is not null) not valid";
    }

    /** {@code alter table t drop constraint if exists c}. */
    public String dropConstraintIfExists(QualifiedName table, String constraint) {
        return "alter table " + qualified(table) + " drop constraint if exists " + quote(constraint);
    }

    @Override
    public List<String> visit(DropIndex op) {
        return List.of("drop index " + qualified(op.index()));
    }

    @Override
    public List<String> visit(CreateSequence op) {
        return List.of("create sequence " + qualified(op.sequence().name()) + " start with " + op.sequence().start()
                + " increment by " + op.sequence().increment());
    }

    @Override
    public List<String> visit(AlterSequence op) {
        return List.of("alter sequence " + qualified(op.sequence()) + " increment by " + op.increment());
    }

    @Override
    public List<String> visit(DropSequence op) {
        return List.of("drop sequence " + qualified(op.sequence()));
    }

    @Override
    public List<String> visit(ExecuteSql op) {
        return List.of(op.sql());
    }

    @Override
    public List<String> visit(RenameTable op) {
        return alterTable(op.table(), "rename to " + quote(op.to()));
    }

    @Override
    public List<String> visit(RenameColumn op) {
        return alterTable(op.table(), "rename column " + quote(op.column()) + " to " + quote(op.to()));
    }

    @Override
    public List<String> visit(RenameConstraint op) {
        return alterTable(op.table(), "rename constraint " + quote(op.name()) + " to " + quote(op.to()));
    }

    @Override
    public List<String> visit(RenameIndex op) {
        return List.of("alter index " + qualified(op.index()) + " rename to " + quote(op.to()));
    }

    @Override
    public List<String> visit(RenameSequence op) {
        return List.of("alter sequence " + qualified(op.sequence()) + " rename to " + quote(op.to()));
    }

    private static List<String> alterTable(QualifiedName table, String action) {
        return List.of("alter table " + qualified(table) + " " + action);
    }

    private static List<String> alterColumn(QualifiedName table, String column, String action) {
        return alterTable(table, "alter column " + quote(column) + " " + action);
    }
}
