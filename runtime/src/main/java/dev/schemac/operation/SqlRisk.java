package dev.schemac.operation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises hand-written SQL that destroys data: DROP TABLE/SCHEMA/SEQUENCE/DATABASE/OWNED, TRUNCATE, dropping a
 * column, changing a column type. Comments and literals are ignored so that a word inside a string does not count.
 * DELETE and UPDATE are data changes a person wrote on purpose and are not flagged.
 */
final class SqlRisk {
    private static final Pattern DESTRUCTIVE = Pattern.compile(String.join("|",
            "\\bdrop\\s+(table|schema|sequence|database|owned|materialized\\s+view)\\b",
            "\\btruncate\\b",
            "\\balter\\s+table\\b[^;]*?\\bdrop\\s+(column\\s+)?(?!constraint\\b|not\\s+null\\b|default\\b"
                    + "|identity\\b|expression\\b)\\S",
            "\\balter\\s+table\\b[^;]*?\\balter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type\\b"));
    private static final Pattern NOISE = Pattern.compile(
            "--[^\\n]*|/\\*.*?\\*/|'(?:[^']|'')*'|\\$([a-z_]*)\\$.*?\\$\\1\\$|\"(?:[^\"]|\"\")*\"",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private SqlRisk() {
    }

    static boolean destroysData(String sql) {
        String code = NOISE.matcher(sql).replaceAll(" x ").toLowerCase(Locale.ROOT);
        return DESTRUCTIVE.matcher(code).find();
    }
}
