package dev.schemac.internal.migrate;

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
import dev.schemac.schema.QualifiedName;

/**
 * The table whose existing rows an operation touches or locks, or null for none: schemas, sequences, hand-written
 * SQL (which schemac cannot read) and a new table. A dropped index stands for its table, which its name does not
 * tell: it is never one the migration created.
 */
final class TableOf implements OperationVisitor<QualifiedName> {
    private static final TableOf INSTANCE = new TableOf();

    private TableOf() {
    }

    static QualifiedName of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public QualifiedName visit(CreateSchema op) {
        return null;
    }

    @Override
    public QualifiedName visit(CreateTable op) {
        return null; // a new table has no rows to touch and nobody else sees it yet
    }

    @Override
    public QualifiedName visit(DropTable op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AddColumn op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(DropColumn op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AlterColumnType op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(SetNotNull op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(DropNotNull op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(SetDefault op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(DropDefault op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AddPrimaryKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AddUnique op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AddCheck op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(AddForeignKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(DropConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(CreateIndex op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(DropIndex op) {
        return op.index();
    }

    @Override
    public QualifiedName visit(CreateSequence op) {
        return null;
    }

    @Override
    public QualifiedName visit(AlterSequence op) {
        return null;
    }

    @Override
    public QualifiedName visit(DropSequence op) {
        return null;
    }

    @Override
    public QualifiedName visit(ExecuteSql op) {
        return null;
    }

    @Override
    public QualifiedName visit(RenameTable op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(RenameColumn op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(RenameConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visit(RenameIndex op) {
        return op.index();
    }

    @Override
    public QualifiedName visit(RenameSequence op) {
        return null;
    }
}
