package dev.schemac.internal.migrate;

import dev.schemac.internal.migrate.ExecutionPlan.Planned;
import dev.schemac.internal.migrate.OnlineStep.ConcurrentIndex;
import dev.schemac.internal.migrate.OnlineStep.NotNullThroughCheck;
import dev.schemac.internal.migrate.OnlineStep.UniqueThroughIndex;
import dev.schemac.internal.migrate.OnlineStep.ValidateConstraint;
import dev.schemac.internal.sql.SqlRenderer;
import dev.schemac.operation.AddCheck;
import dev.schemac.operation.AddForeignKey;
import dev.schemac.operation.AddUnique;
import dev.schemac.operation.Classification;
import dev.schemac.operation.ClassifiedOperation;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.Operation;
import dev.schemac.operation.SetNotNull;
import dev.schemac.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;

/**
 * Decides how each operation of a migration runs. With online mode off, or on a table the migration created
 * itself, every statement runs in the migration's transaction, as rendered. On an existing table with online mode
 * on: an index is built concurrently after the commit, and so is a unique constraint's, which the constraint then
 * takes over; a check or foreign key is added {@code not valid} in the
 * transaction and validated after it; SET NOT NULL becomes a {@code not valid} check, validated after the commit,
 * and then a short transaction that sets NOT NULL without a scan.
 */
public final class ExecutionPlanner {
    /** PostgreSQL's longest identifier, in bytes. */
    private static final int MAX_IDENTIFIER = 63;
    private static final String NOT_NULL_CHECK_PREFIX = "schemac_nn_";

    private final SqlRenderer renderer = new SqlRenderer();
    private final boolean online;

    public ExecutionPlanner(boolean online) {
        this.online = online;
    }

    /** The plan of a migration's operations. */
    public ExecutionPlan plan(List<Operation> operations) {
        List<ClassifiedOperation> classified = Classification.of(operations, online);
        Set<QualifiedName> created = new HashSet<>();
        Set<QualifiedName> referenced = Classification.referencedTables(operations);
        List<Planned> planned = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            planned.add(plan(classified.get(i), created, referenced));
            if (operation instanceof CreateTable create) {
                created.add(create.table().name());
            }
        }
        return new ExecutionPlan(planned);
    }

    private Planned plan(ClassifiedOperation classified, Set<QualifiedName> created, Set<QualifiedName> referenced) {
        Operation operation = classified.operation();
        QualifiedName table = TableOf.of(operation);
        boolean existing = table != null && !created.contains(table);
        // A foreign key of this migration may need a unique index or constraint on its target in the transaction.
        boolean uniqueInTransaction = referenced.contains(table) && (operation instanceof AddUnique
                || operation instanceof CreateIndex create && create.index().unique());
        boolean plain = !existing || !online || uniqueInTransaction;
        boolean strongLock = existing && (plain || !(operation instanceof CreateIndex || operation instanceof AddUnique))
                || operation instanceof AddForeignKey key && !created.contains(key.foreignKey().target());
        if (plain) {
            return new Planned(classified, operation.accept(renderer), List.of(), strongLock);
        }
        if (operation instanceof CreateIndex create) {
            QualifiedName index = create.table().sibling(create.index().name());
            return new Planned(classified, List.of(), List.of(new ConcurrentIndex(index,
                    renderer.dropIndexConcurrently(index), renderer.createIndexConcurrently(create))), strongLock);
        }
        if (operation instanceof AddUnique unique) {
            QualifiedName index = table.sibling(unique.unique().name());
            return new Planned(classified, List.of(), List.of(new UniqueThroughIndex(table, index,
                    unique.unique().name(), renderer.dropIndexConcurrently(index),
                    renderer.createUniqueIndexConcurrently(unique), renderer.addUniqueUsingIndex(unique))),
                    strongLock);
        }
        if (operation instanceof AddCheck check) {
            return new Planned(classified, renderer.notValid(check), List.of(new ValidateConstraint(
                    renderer.validateConstraint(table, check.check().name()))), strongLock);
        }
        if (operation instanceof AddForeignKey key) {
            return new Planned(classified, renderer.notValid(key), List.of(new ValidateConstraint(
                    renderer.validateConstraint(table, key.foreignKey().name()))), strongLock);
        }
        if (operation instanceof SetNotNull notNull) {
            String check = notNullCheckName(notNull.column());
            return new Planned(classified, List.of(renderer.addNotNullCheck(table, notNull.column(), check)),
                    List.of(new NotNullThroughCheck(table, check, renderer.validateConstraint(table, check),
                            operation.accept(renderer).get(0), renderer.dropConstraintIfExists(table, check))),
                    strongLock);
        }
        return new Planned(classified, operation.accept(renderer), List.of(), strongLock);
    }

    /**
     * The helper check's name, {@code schemac_nn_<column>}, or {@code schemac_nn_<hash>} when that would be longer
     * than PostgreSQL keeps. One per column at a time, since constraint names are unique per table.
     */
    static String notNullCheckName(String column) {
        String name = NOT_NULL_CHECK_PREFIX + column;
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(column.getBytes(StandardCharsets.UTF_8));
            return NOT_NULL_CHECK_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
