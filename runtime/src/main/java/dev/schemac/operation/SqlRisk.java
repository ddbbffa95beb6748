package dev.schemac.operation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises hand-written SQL that destroys data: DROP TABLE/SCHEMA/SEQUENCE/DATABASE/OWNED/MATERIALIZED VIEW,
 * DROP TYPE/DOMAIN/EXTENSION ... CASCADE, TRUNCATE, dropping a column, changing a column type. Comments and literals are ignored so that a word inside a string does not count.
 * DELETE and UPDATE are data changes a person wrote on purpose and are not flagged.
 */
final class SqlRisk {
    private static final Pattern DESTRUCTIVE = Pattern.compile(String.join("|",
            "\\bdrop\\s+(table|schema|sequence|database|owned|materialized\\s+view)\\b",
            // Dropping a type, domain or extension with cascade drops the columns that use it.
            "\\bdrop\\s+(type|domain|extension)\\b[^;]*\\bcascade\\b",
            "\\btruncate\\b",
            "\\balter\\s+table\\b[^;]*?\\bdrop\\s+(column\\s+)?(?!constraint\\b|not\\s+null\\b|default\\b"
                    + "|identity\\b|expression\\b)\\S",
            "\\balter\\s+table\\b[^;]*?\\balter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type\\b"));
    /**
     * Comments, string literals, dollar-quoted bodies and quoted identifiers. Literals are matched as unrolled
     * loops ({@code '[^']*(?:''[^']*)*'}): a repeated alternation would recurse once per character and overflow
     * the stack on a long literal.
     */
    private static final Pattern NOISE = Pattern.compile(
            "--[^\\n]*|/\\*.*?\\*/|'[^']*(?:''[^']*)*'|\\$((?:[a-z_][a-z0-9_]*)?)\\$.*?\\$\\1\\$"
                    + "|\"[^\"]*(?:\"\"[^\"]*)*\"",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SqlRisk() {
    }

    static boolean destroysData(String sql) {
        String code = NOISE.matcher(sql).replaceAll(" x ").toLowerCase(Locale.ROOT);
        return DESTRUCTIVE.matcher(code).find();
    }
}
