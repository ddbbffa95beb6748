package dev.schemac.operation;

import java.util.Objects;

/**
 * A SQL statement written by a person, e.g. a backfill. Statements that drop tables, columns, schemas or
 * sequences, truncate, or change a column type count as destructive and need an approval.
 */
public record ExecuteSql(String sql, Approval approval) implements Operation {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("empty SQL statement");
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
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute SQL: " + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine);
    }
}
