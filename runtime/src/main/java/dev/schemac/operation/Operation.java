package dev.schemac.operation;

/**
 * One change to a database schema. Migrations build lists of these; the runtime renders them to SQL.
 * Operations that can destroy data carry an {@link Approval} slot: without an approval they are refused.
 */
public sealed interface Operation permits CreateSchema, CreateTable, DropTable, AddColumn, DropColumn,
        AlterColumnType, SetNotNull, DropNotNull, SetDefault, DropDefault, AddPrimaryKey, AddUnique, AddCheck,
        AddForeignKey, DropConstraint, CreateIndex, DropIndex, CreateSequence, AlterSequence, DropSequence,
        ExecuteSql, RenameTable, RenameColumn, RenameConstraint, RenameIndex, RenameSequence {

    <R> R accept(OperationVisitor<R> visitor);

    /** What running this operation can do to existing data. */
    default Risk risk() {
        return Risk.SAFE;
    }

    /** The person's approval of the data loss, or {@code null}; only destructive operations need one. */
    default Approval approval() {
        return null;
    }

    /** Whether the runtime may run this operation: safe, or destructive and approved. */
    default boolean isAllowed() {
        return risk() != Risk.DESTRUCTIVE || approval() != null;
    }

    /** A short description for people, e.g. {@code add column customer.email}. */
    String describe();
}
