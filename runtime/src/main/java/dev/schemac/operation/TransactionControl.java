package dev.schemac.operation;

import static dev.schemac.operation.SqlStatements.word;

import dev.schemac.internal.sql.SqlLexer.Token;
import java.util.List;

/**
 * Finds statements in hand-written SQL that end or start a transaction: COMMIT, END, ROLLBACK, ABORT, BEGIN,
 * START TRANSACTION, PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED and SET TRANSACTION, where a statement starts.
 * Savepoints keep the transaction and pass; so do statements inside DO blocks and functions, where PostgreSQL
 * itself refuses to end a transaction that the caller opened.
 */
final class TransactionControl {
    private TransactionControl() {
    }

    /** The transaction control a statement of {@code sql} starts with, e.g. {@code commit}, or {@code null}. */
    static String find(String sql) {
        for (boolean backslashEscapes : SqlStatements.readings(sql)) {
            String found = find(SqlStatements.split(SqlStatements.code(sql, backslashEscapes), false));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String find(List<List<Token>> statements) {
        // The "end" that closes a SQL-standard function body ("begin atomic ... end") ends no transaction.
        int atomicBlocks = 0;
        for (List<Token> statement : statements) {
            if ("end".equals(word(statement, 0)) && atomicBlocks > 0) {
                atomicBlocks--;
            } else if (SqlStatements.endsWithBeginAtomic(statement)) {
                atomicBlocks++;
            } else {
                String control = of(statement);
                if (control != null) {
                    return control;
                }
            }
        }
        return null;
    }

    private static String of(List<Token> statement) {
        String first = word(statement, 0);
        String second = word(statement, 1);
        if (first == null) {
            return null;
        }
        switch (first) {
            case "commit", "end", "abort", "begin":
                return first;
            case "rollback":
                // rollback [work | transaction] to [savepoint] s: back to a savepoint, in the same transaction.
                int to = "work".equals(second) || "transaction".equals(second) ? 2 : 1;
                return "to".equals(word(statement, to)) ? null : first;
            case "start", "prepare", "set":
                return "transaction".equals(second) ? first + " transaction" : null;
            default:
                return null;
        }
    }
}
