package dev.schemac.operation;

/** Handles each kind of {@link Operation}; adding an operation makes every handler say what it does with it. */
public interface OperationVisitor<R> {
    R visit(CreateSchema op);

    R visit(CreateTable op);

    R visit(DropTable op);

    R visit(AddColumn op);

    R visit(DropColumn op);

    R visit(AlterColumnType op);

    R visit(SetNotNull op);

    R visit(DropNotNull op);

    R visit(SetDefault op);

    R visit(DropDefault op);

    R visit(AddPrimaryKey op);

    R visit(AddUnique op);

    R visit(AddCheck op);

    R visit(AddForeignKey op);

    R visit(DropConstraint op);

    R visit(CreateIndex op);

    R visit(DropIndex op);

    R visit(CreateSequence op);

    R visit(AlterSequence op);

    R visit(DropSequence op);

    R visit(ExecuteSql op);

    R visit(RenameTable op);

    R visit(RenameColumn op);

    R visit(RenameConstraint op);

    R visit(RenameIndex op);

    R visit(RenameSequence op);
}
