package dev.schemac.internal.sql;

import dev.schemac.internal.sql.SqlLexer.Token;

/**
 * Checks that SQL text which schemac writes into a statement of its own (a default, a check, a {@code using}
 * expression, a verbatim type) is one expression: it must not end that statement, start another clause of it, or
 * leave a literal or comment open, or the data-loss check would not see what runs.
 */
public final class SingleExpression {
    private SingleExpression() {
    }

    /**
     * Returns {@code sql} if it is one expression.
     *
     * @param what what the text is, for the message, e.g. {@code the default of customer.status}
     * @throws IllegalArgumentException naming the problem and what to write instead
     */
    public static String require(String what, String sql) {
        if (!mayBeMoreThanOne(sql)) {
            return sql;
        }
        String problem = problem(sql, false);
        if (problem == null && sql.indexOf('\\') >= 0 && problem(sql, true) != null) {
            problem = "has a backslash before a quote, which PostgreSQL reads as an escaped quote when "
                    + "standard_conforming_strings is off, so that the literal goes on: write it as an escape "
                    + "string, E'...', with \\\\ for each backslash";
        }
        if (problem != null) {
            throw new IllegalArgumentException(what + " must be a single SQL expression, but '" + sql + "' " + problem
                    + ".");
        }
        return sql;
    }

    /** Plain names and numbers, e.g. most types, need no lexing: only these characters can do harm. */
    private static boolean mayBeMoreThanOne(String sql) {
        for (int i = 0; i < sql.length(); i++) {
            if (";,()[]'\"$-/\\".indexOf(sql.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String problem(String sql, boolean backslashEscapes) {
        int depth = 0;
        for (Token token : SqlLexer.tokens(sql, backslashEscapes)) {
            if (!token.closed()) {
                return "leaves a " + describe(token) + " open, which would swallow the rest of schemac's statement";
            }
            if (token.kind() == SqlLexer.Kind.LINE_COMMENT) {
                return "has a -- comment, which would hide the rest of the line of schemac's statement: leave it out "
                        + "or write /* ... */";
            }
            if (token.isSymbol(';')) {
                return "has a ';', which ends the statement: run a statement of your own with schema.sql(...) instead";
            }
            if (token.isSymbol('(') || token.isSymbol('[')) {
                depth++;
            } else if (token.isSymbol(')') || token.isSymbol(']')) {
                if (--depth < 0) {
                    return "closes a parenthesis it did not open, which would end the clause schemac wrote it into";
                }
            } else if (token.isSymbol(',') && depth == 0) {
                return "has a ',' outside parentheses, which would start another clause of schemac's statement "
                        + "(e.g. another action of an alter table): run a statement of your own with schema.sql(...) "
                        + "instead";
            }
        }
        return depth > 0 ? "leaves a parenthesis open" : null;
    }

    private static String describe(Token token) {
        return switch (token.kind()) {
            case QUOTED_IDENTIFIER -> "quoted identifier";
            case BLOCK_COMMENT -> "comment";
            case DOLLAR_STRING -> "dollar-quoted literal";
            default -> "string literal";
        };
    }
}
