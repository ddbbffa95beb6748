package dev.schemac.processor.read;

import dev.schemac.internal.sql.ReservedWords;

/**
 * A name as Hibernate holds it before rendering: its text and whether it is quoted. {@link #parse} follows
 * Hibernate's {@code Identifier.toIdentifier}: quote marks are {@code `x`}, {@code "x"} or {@code [x]}, and a name
 * that is not a plain SQL identifier is quoted automatically.
 */
record Identifier(String text, boolean quoted) {
    /** PostgreSQL keeps the first 63 bytes of a longer name (NAMEDATALEN - 1). */
    static final int MAX_BYTES = 63;

    /** The identifier for a name as written in an annotation, or {@code null} when it is blank. */
    static Identifier parse(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        while (start < end && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        if (isQuoted(name, start, end)) {
            return new Identifier(name.substring(start + 1, end - 1), true);
        }
        String text = name.substring(start, end);
        return new Identifier(text, !isPlain(text));
    }

    /** The same text, quoted. */
    Identifier asQuoted() {
        return quoted ? this : new Identifier(text, true);
    }

    /**
     * The name PostgreSQL stores: an unquoted name has its ASCII letters folded to lower case (other letters are
     * kept in a UTF-8 database), and any name is cut to 63 bytes on a character boundary.
     */
    String catalogName() {
        return clip(quoted ? text : foldAscii(text), MAX_BYTES);
    }

    /** Whether Hibernate writes this name bare although PostgreSQL reserves it, so its DDL and SQL fail. */
    boolean isUnquotedReservedWord() {
        return !quoted && ReservedWords.contains(catalogName());
    }

    /** The longest prefix of {@code name} that fits in {@code maxBytes} of UTF-8, cut on a character boundary. */
    static String clip(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return end == name.length() ? name : name.substring(0, end);
    }

    private static boolean isQuoted(String name, int start, int end) {
        if (start + 2 >= end) {
            return false;
        }
        char first = name.charAt(start);
        char last = name.charAt(end - 1);
        return first == '`' && last == '`' || first == '"' && last == '"' || first == '[' && last == ']';
    }

    private static boolean isPlain(String text) {
        char first = text.charAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }

    private static String foldAscii(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return folded == null ? text : folded.toString();
    }
}
