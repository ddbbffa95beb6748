package dev.schemac.operation;

import dev.schemac.schema.Column;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules behind {@link Classification}, one per kind of operation, with what the migration created so far.
 * A visitor, so that a new kind of operation cannot go unclassified.
 */
final class ClassificationRules implements OperationVisitor<ClassifiedOperation> {
    /** Defaults that PostgreSQL evaluates once when adding the column, so that no row is rewritten. */
    private static final Pattern STABLE_DEFAULT = Pattern.compile("(?i)\\s*(now\\(\\)|current_(timestamp|date|time)"
            + "|localtimestamp|localtime|transaction_timestamp\\(\\))\\s*");
    private static final String NEW_TABLE = "on a table created in this migration";
    private static final String CATALOG_CHANGE = "catalog change; a brief ACCESS EXCLUSIVE lock under lock_timeout";

    private final boolean online;
    private final Set<QualifiedName> createdTables = new HashSet<>();
    private final Set<QualifiedName> referencedTables = new HashSet<>();

    ClassificationRules(boolean online) {
        this.online = online;
    }

    /** Classifies each operation in order; a table counts as new after its {@code CreateTable}. */
    List<ClassifiedOperation> classify(List<Operation> operations) {
        referencedTables.addAll(Classification.referencedTables(operations));
        List<ClassifiedOperation> classified = new ArrayList<>(operations.size());
        for (Operation operation : operations) {
            classified.add(operation.accept(this));
            if (operation instanceof CreateTable create) {
                createdTables.add(create.table().name());
            }
        }
        return classified;
    }

    /** Whether a unique index or constraint on {@code table} runs online, see {@link Classification#referencedTables}. */
    private boolean uniqueOnline(QualifiedName table) {
        return online && existing(table) && !referencedTables.contains(table);
    }

    private boolean existing(QualifiedName table) {
        return !createdTables.contains(table);
    }

    private static ClassifiedOperation of(Operation op, Hazard hazard, String reason) {
        return new ClassifiedOperation(op, hazard, reason);
    }

    /** Destructive when {@link Operation#risk()} says so, whatever else holds. */
    private static ClassifiedOperation destructiveOr(Operation op, ClassifiedOperation otherwise) {
        return op.risk() == Risk.DESTRUCTIVE ? of(op, Hazard.DESTRUCTIVE, "can lose data; needs approveDataLoss")
                : otherwise;
    }

    @Override
    public ClassifiedOperation visit(CreateSchema op) {
        return of(op, Hazard.SAFE, "new schema");
    }

    @Override
    public ClassifiedOperation visit(CreateTable op) {
        return of(op, Hazard.SAFE, "new table");
    }

    @Override
    public ClassifiedOperation visit(DropTable op) {
        return of(op, Hazard.DESTRUCTIVE, "drops the table and its rows; needs approveDataLoss");
    }

    @Override
    public ClassifiedOperation visit(AddColumn op) {
        if (!existing(op.table())) {
            return of(op, Hazard.SAFE, NEW_TABLE);
        }
        Column column = op.column();
        if (column.identity()) {
            return of(op, Hazard.BLOCKING_LOCK, "an identity column rewrites the table under ACCESS EXCLUSIVE");
        }
        if (column.defaultValue() != null && column.defaultValue().contains("(")
                && !STABLE_DEFAULT.matcher(column.defaultValue()).matches()) {
            return of(op, Hazard.BLOCKING_LOCK, "a default that may be volatile rewrites the table under ACCESS "
                    + "EXCLUSIVE");
        }
        if (!column.nullable() && column.defaultValue() == null) {
            return of(op, Hazard.DATA_DEPENDENT, "NOT NULL without a default fails if the table has rows");
        }
        return of(op, Hazard.SAFE, CATALOG_CHANGE);
    }

    @Override
    public ClassifiedOperation visit(DropColumn op) {
        return of(op, Hazard.DESTRUCTIVE, "drops the column's values; needs approveDataLoss");
    }

    @Override
    public ClassifiedOperation visit(AlterColumnType op) {
        ClassifiedOperation otherwise;
        if (!existing(op.table())) {
            otherwise = of(op, Hazard.SAFE, NEW_TABLE);
        } else if (op.using() == null && TypeWidening.isCatalogOnly(op.from(), op.to())) {
            otherwise = of(op, Hazard.SAFE, "no rewrite; " + CATALOG_CHANGE);
        } else {
            otherwise = of(op, Hazard.BLOCKING_LOCK, "rewrites the table and its indexes under ACCESS EXCLUSIVE");
        }
        return destructiveOr(op, otherwise);
    }

    @Override
    public ClassifiedOperation visit(SetNotNull op) {
        if (!existing(op.table())) {
            return of(op, Hazard.SAFE, NEW_TABLE);
        }
        return online
                ? of(op, Hazard.DATA_DEPENDENT, "checked by a NOT VALID check validated after the commit, without "
                        + "blocking writes; fails if a row holds NULL")
                : of(op, Hazard.BLOCKING_LOCK, "scans the table under ACCESS EXCLUSIVE (online mode off); fails "
                        + "if a row holds NULL");
    }

    @Override
    public ClassifiedOperation visit(DropNotNull op) {
        return of(op, Hazard.SAFE, existing(op.table()) ? CATALOG_CHANGE : NEW_TABLE);
    }

    @Override
    public ClassifiedOperation visit(SetDefault op) {
        return of(op, Hazard.SAFE, existing(op.table()) ? CATALOG_CHANGE + "; existing rows keep their value"
                : NEW_TABLE);
    }

    @Override
    public ClassifiedOperation visit(DropDefault op) {
        return of(op, Hazard.SAFE, existing(op.table()) ? CATALOG_CHANGE : NEW_TABLE);
    }

    @Override
    public ClassifiedOperation visit(AddPrimaryKey op) {
        return indexBackedConstraint(op, op.table());
    }

    @Override
    public ClassifiedOperation visit(AddUnique op) {
        if (uniqueOnline(op.table())) {
            return of(op, Hazard.DATA_DEPENDENT, "its unique index built concurrently after the commit, then "
                    + "attached as the constraint; fails on duplicate values");
        }
        return indexBackedConstraint(op, op.table());
    }

    private ClassifiedOperation indexBackedConstraint(Operation op, QualifiedName table) {
        if (!existing(table)) {
            return of(op, Hazard.SAFE, NEW_TABLE);
        }
        return of(op, Hazard.BLOCKING_LOCK, "builds its index under ACCESS EXCLUSIVE; fails on duplicate values");
    }

    @Override
    public ClassifiedOperation visit(AddCheck op) {
        return validatedConstraint(op, op.table());
    }

    @Override
    public ClassifiedOperation visit(AddForeignKey op) {
        return validatedConstraint(op, op.table());
    }

    private ClassifiedOperation validatedConstraint(Operation op, QualifiedName table) {
        if (!existing(table)) {
            return of(op, Hazard.SAFE, NEW_TABLE);
        }
        return online
                ? of(op, Hazard.DATA_DEPENDENT, "added NOT VALID, validated after the commit without blocking "
                        + "writes; fails if a row violates it")
                : of(op, Hazard.BLOCKING_LOCK, "validates every row while holding a lock that blocks writes "
                        + "(online mode off); fails if a row violates it");
    }

    @Override
    public ClassifiedOperation visit(DropConstraint op) {
        return of(op, Hazard.SAFE, existing(op.table()) ? CATALOG_CHANGE : NEW_TABLE);
    }

    @Override
    public ClassifiedOperation visit(CreateIndex op) {
        if (!existing(op.table())) {
            return of(op, Hazard.SAFE, NEW_TABLE);
        }
        if (!online) {
            return of(op, Hazard.BLOCKING_LOCK, "builds the index while blocking writes (online mode off)");
        }
        if (!op.index().unique()) {
            return of(op, Hazard.SAFE, "built concurrently after the commit, without blocking writes");
        }
        return uniqueOnline(op.table())
                ? of(op, Hazard.DATA_DEPENDENT, "built concurrently after the commit; fails on duplicate values")
                : of(op, Hazard.BLOCKING_LOCK, "built in the transaction, blocking writes, because a foreign key of "
                        + "this migration references the table; fails on duplicate values");
    }

    @Override
    public ClassifiedOperation visit(DropIndex op) {
        return of(op, Hazard.SAFE, CATALOG_CHANGE);
    }

    @Override
    public ClassifiedOperation visit(CreateSequence op) {
        return of(op, Hazard.SAFE, "new sequence");
    }

    @Override
    public ClassifiedOperation visit(AlterSequence op) {
        return of(op, Hazard.SAFE, "catalog change");
    }

    @Override
    public ClassifiedOperation visit(DropSequence op) {
        return of(op, Hazard.DESTRUCTIVE, "ids could be handed out again; needs approveDataLoss");
    }

    @Override
    public ClassifiedOperation visit(ExecuteSql op) {
        return destructiveOr(op, of(op, Hazard.DATA_DEPENDENT, "hand-written SQL: schemac cannot tell what it "
                + "locks or whether the data lets it succeed"));
    }

    /** A rename only changes the catalog; the data stays. Code still using the old name fails from then on. */
    private ClassifiedOperation rename(Operation op, QualifiedName table) {
        return of(op, Hazard.SAFE, table != null && !existing(table) ? NEW_TABLE
                : CATALOG_CHANGE + "; code that still uses the old name fails");
    }

    @Override
    public ClassifiedOperation visit(RenameTable op) {
        return rename(op, op.table());
    }

    @Override
    public ClassifiedOperation visit(RenameColumn op) {
        return rename(op, op.table());
    }

    @Override
    public ClassifiedOperation visit(RenameConstraint op) {
        return rename(op, op.table());
    }

    @Override
    public ClassifiedOperation visit(RenameIndex op) {
        return rename(op, null);
    }

    @Override
    public ClassifiedOperation visit(RenameSequence op) {
        return rename(op, null);
    }
}
