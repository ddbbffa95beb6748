package dev.schemac.operation;

import dev.schemac.internal.sql.SqlLexer;
import dev.schemac.internal.sql.SqlLexer.Kind;
import dev.schemac.internal.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-written SQL as statements of tokens, for {@link SqlRisk} and {@link TransactionControl} to read. */
final class SqlStatements {
    /** Words after which PL/pgSQL starts a statement, besides {@code ;}. */
    private static final Set<String> BODY_STATEMENT_STARTS = Set.of("begin", "then", "else", "loop");

    private SqlStatements() {
    }

    /**
     * The ways PostgreSQL can read {@code sql}: with {@code standard_conforming_strings} on, and, when there is a
     * backslash, also off, where a backslash in a plain literal escapes the next character.
     */
    static boolean[] readings(String sql) {
        return sql.indexOf('\\') < 0 ? new boolean[] {false} : new boolean[] {false, true};
    }

    /** The tokens of {@code sql} without comments, which separate words as a space does. */
    static List<Token> code(String sql, boolean backslashEscapes) {
        List<Token> tokens = SqlLexer.tokens(sql, backslashEscapes);
        tokens.removeIf(Token::isComment);
        return tokens;
    }

    /**
     * The statements of {@code code}, split at {@code ;} and, at the top level, after the {@code begin atomic}
     * of a SQL-standard function body; in a body ({@code body} true) also after {@code begin}, {@code then},
     * {@code else} and {@code loop}.
     */
    static List<List<Token>> split(List<Token> code, boolean body) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : code) {
            if (token.isSymbol(';')) {
                statements.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
            boolean startsNext = body ? token.kind() == Kind.WORD && BODY_STATEMENT_STARTS.contains(token.text())
                    : endsWithBeginAtomic(current);
            if (startsNext) {
                statements.add(current);
                current = new ArrayList<>();
            }
        }
        statements.add(current);
        statements.removeIf(List::isEmpty);
        return statements;
    }

    static boolean endsWithBeginAtomic(List<Token> statement) {
        int n = statement.size();
        return n >= 2 && statement.get(n - 2).isWord("begin") && statement.get(n - 1).isWord("atomic");
    }

    /** The word at {@code index}, lower-case, or {@code null} when there is none or it is another token. */
    static String word(List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(index);
        return token.kind() == Kind.WORD ? token.text() : null;
    }

    static boolean containsWord(List<Token> tokens, String word) {
        for (Token token : tokens) {
            if (token.isWord(word)) {
                return true;
            }
        }
        return false;
    }
}
