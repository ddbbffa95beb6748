package dev.schemac.operation;

import static dev.schemac.operation.SqlStatements.containsWord;
import static dev.schemac.operation.SqlStatements.word;

import dev.schemac.internal.sql.SqlLexer.Kind;
import dev.schemac.internal.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises hand-written SQL that destroys data.
 *
 * <p>Destructive: DROP TABLE/SCHEMA/SEQUENCE/DATABASE/OWNED/MATERIALIZED VIEW, any DROP ... CASCADE (a function,
 * type or collation can cascade into columns), ALTER TYPE ... CASCADE, TRUNCATE, ALTER TABLE ... DROP [COLUMN], and
 * ALTER TABLE ... ALTER [COLUMN] c [SET DATA] TYPE. Keywords count only where a statement starts (the start, after
 * {@code ;}), so that tables or columns named {@code truncate}, {@code drop} or {@code type} do not. Comments are
 * spaces; string literals and quoted identifiers are data.
 *
 * <p>Code is read as code: a dollar-quoted body, and any literal of a DO block or of a function or procedure
 * definition, is read as statements, which also start after {@code begin}, {@code then}, {@code else} and
 * {@code loop}. Conservatively, a DO block or function or procedure body counts as destructive when it uses
 * EXECUTE (it runs SQL built from strings, which cannot be read here), when it is written in a language other
 * than SQL or PL/pgSQL, or when it is an escape string ({@code E'...'}, {@code U&'...'}). CALL and SELECT of an
 * existing function run code that is not in the text and are not flagged.
 *
 * <p>A literal is read both ways PostgreSQL can read it (with {@code standard_conforming_strings} on, and off,
 * where a backslash escapes the quote); either reading that finds a destructive statement counts.
 *
 * <p>DELETE and UPDATE are data changes a person wrote on purpose and are not flagged.
 */
final class SqlRisk {
    private static final Set<String> DROPPED_WITH_DATA = Set.of("table", "schema", "sequence", "database", "owned");
    private static final Set<String> READABLE_LANGUAGES = Set.of("sql", "plpgsql");

    private final boolean backslashEscapes;

    private SqlRisk(boolean backslashEscapes) {
        this.backslashEscapes = backslashEscapes;
    }

    static boolean destroysData(String sql) {
        for (boolean backslashEscapes : SqlStatements.readings(sql)) {
            SqlRisk reading = new SqlRisk(backslashEscapes);
            if (reading.destroys(reading.code(sql), false)) {
                return true;
            }
        }
        return false;
    }

    private boolean destroys(List<Token> code, boolean body) {
        for (List<Token> statement : SqlStatements.split(code, body)) {
            if (destroysByItself(statement) || runsDestructiveCode(statement)) {
                return true;
            }
        }
        return false;
    }

    private static boolean destroysByItself(List<Token> statement) {
        String first = word(statement, 0);
        if ("truncate".equals(first)) {
            return true;
        }
        if ("drop".equals(first)) {
            String what = word(statement, 1);
            return DROPPED_WITH_DATA.contains(what) || "materialized".equals(what) && "view".equals(word(statement, 2))
                    || containsWord(statement, "cascade");
        }
        if ("alter".equals(first) && "table".equals(word(statement, 1))) {
            return alterTableDestroys(statement);
        }
        return "alter".equals(first) && "type".equals(word(statement, 1)) && containsWord(statement, "cascade");
    }

    /** {@code alter table [if exists] [only] name [*] action, action, ...}: destructive if one action is. */
    private static boolean alterTableDestroys(List<Token> statement) {
        int i = 2;
        if ("if".equals(word(statement, i)) && "exists".equals(word(statement, i + 1))) {
            i += 2;
        }
        if ("only".equals(word(statement, i))) {
            i++;
        }
        i++;
        while (i + 1 < statement.size() && statement.get(i).isSymbol('.')) {
            i += 2;
        }
        if (i < statement.size() && statement.get(i).isSymbol('*')) {
            i++;
        }
        for (List<Token> action : actions(statement, i)) {
            if (actionDestroys(action)) {
                return true;
            }
        }
        return false;
    }

    /** {@code drop [column] c}, or {@code alter [column] c [set data] type t}; not constraints. */
    private static boolean actionDestroys(List<Token> action) {
        String first = word(action, 0);
        if ("drop".equals(first)) {
            return !"constraint".equals(word(action, 1));
        }
        if (!"alter".equals(first) || "constraint".equals(word(action, 1))) {
            return false;
        }
        int afterName = "column".equals(word(action, 1)) ? 3 : 2;
        return "type".equals(word(action, afterName)) || "set".equals(word(action, afterName))
                && "data".equals(word(action, afterName + 1)) && "type".equals(word(action, afterName + 2));
    }

    /** The literals that hold code: every literal of a DO block or routine definition, and dollar-quoted ones. */
    private boolean runsDestructiveCode(List<Token> statement) {
        boolean routine = isDoBlock(statement) || isRoutineDefinition(statement);
        String language = routine ? language(statement) : null;
        for (int i = 0; i < statement.size(); i++) {
            Token token = statement.get(i);
            if (!token.isString() || i > 0 && statement.get(i - 1).isWord("language")) {
                continue;
            }
            if (routine && routineBodyDestroys(token, language, i > 0 && statement.get(i - 1).isSymbol('&'))) {
                return true;
            }
            if (!routine && token.kind() == Kind.DOLLAR_STRING && destroys(code(token.text()), true)) {
                return true;
            }
        }
        return false;
    }

    private boolean routineBodyDestroys(Token body, String language, boolean unicodeEscapes) {
        if (!READABLE_LANGUAGES.contains(language) || body.kind() == Kind.ESCAPE_STRING || unicodeEscapes) {
            return true;
        }
        List<Token> code = code(body.text());
        return containsWord(code, "execute") || destroys(code, true);
    }

    /** The actions of an {@code alter table}, from {@code start}: split at commas outside parentheses. */
    private static List<List<Token>> actions(List<Token> statement, int start) {
        List<List<Token>> actions = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = start; i < statement.size(); i++) {
            Token token = statement.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (token.isSymbol(',') && depth == 0) {
                actions.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        actions.add(current);
        return actions;
    }

    private static boolean isDoBlock(List<Token> statement) {
        return "do".equals(word(statement, 0));
    }

    /** {@code create [or replace] function|procedure}. */
    private static boolean isRoutineDefinition(List<Token> statement) {
        int kind = "or".equals(word(statement, 1)) && "replace".equals(word(statement, 2)) ? 3 : 1;
        String what = word(statement, kind);
        return "create".equals(word(statement, 0)) && ("function".equals(what) || "procedure".equals(what));
    }

    /** The routine's language: a DO block's default is PL/pgSQL, a function's without one (a SQL body) SQL. */
    private static String language(List<Token> statement) {
        for (int i = 0; i + 1 < statement.size(); i++) {
            Token name = statement.get(i + 1);
            if (statement.get(i).isWord("language")) {
                // A quoted "plperl" keeps its case: PostgreSQL only knows the lower-case name.
                return name.kind() == Kind.QUOTED_IDENTIFIER ? name.text() : name.text().toLowerCase(Locale.ROOT);
            }
        }
        return isDoBlock(statement) ? "plpgsql" : "sql";
    }

    private List<Token> code(String sql) {
        return SqlStatements.code(sql, backslashEscapes);
    }
}
