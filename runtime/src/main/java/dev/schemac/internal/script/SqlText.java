package dev.schemac.internal.script;

/** The small pieces of SQL text that scripts quote: literals and one-line comments. */
final class SqlText {
    private SqlText() {
    }

    /** A string literal; doubled quotes are the one escape that reads the same under every setting. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A comment ends at the line's end: a line break in a description would turn the rest into SQL. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
