package dev.schemac.operation;

import java.util.Objects;

/**
 * A SQL statement written by a person, e.g. a backfill. Statements that drop tables, columns, schemas or
 * sequences, truncate, or change a column type count as destructive and need an approval (see {@link SqlRisk}).
 * Statements that end or start a transaction are refused ({@link TransactionControl}): the migration runs in
 * schemac's transaction.
 */
public record ExecuteSql(String sql, Approval approval) implements Operation {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("empty SQL statement");
        }
        String control = TransactionControl.find(sql);
        if (control != null) {
            throw new IllegalArgumentException("the statement '" + oneLine(sql) + "' has '" + control + "', which "
                    + "ends or starts a transaction. schemac runs each migration in one transaction and commits it "
                    + "together with the migration's history row, so a commit or rollback in between would leave "
                    + "the migration half-applied and unrecorded. Remove it (savepoints are fine); to commit a "
                    + "change on its own, put it in a migration of its own.");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public Risk risk() {
        return SqlRisk.destroysData(sql) ? Risk.DESTRUCTIVE : Risk.SAFE;
    }

    @Override
    public String describe() {
        return "execute SQL: " + oneLine(sql);
    }

    private static String oneLine(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
