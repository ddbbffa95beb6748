package dev.schemac.processor.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration's source, normalised so that reformatting or editing comments does not count as a
 * change but any change to the code does: comments are removed, and whitespace outside literals is removed except
 * for one space between two words (so {@code int x} and {@code intx} differ). Text blocks count by their content
 * without incidental indentation. The body of {@code down(...)} does not count: a person approves a destructive
 * down ({@code approveDataLoss}) when a rollback needs it, which is after the migration was applied, and the down
 * never ran. SHA-256 as 64 lower-case hex digits.
 *
 * <p>Changing this normalisation changes the checksum of every applied migration: don't.
 */
public final class SourceChecksum {
    private SourceChecksum() {
    }

    public static String of(String javaSource) {
        byte[] normalised = withoutDownBody(normalise(javaSource)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The source without comments and insignificant whitespace. */
    static String normalise(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                space = true;
                i = lineEnd(source, i);
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                space = true;
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                if (space && out.length() > 0 && isWord(out.charAt(out.length() - 1)) && isWord(c)) {
                    out.append(' ');
                }
                space = false;
                if (source.startsWith("\"\"\"", i)) {
                    i = textBlock(source, i, out);
                } else if (c == '"' || c == '\'') {
                    i = literal(source, i, c, out);
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /**
     * The normalised source with the body of the first {@code void down(...)} method emptied; the signature stays,
     * so that adding a down to a migration without one still counts.
     */
    static String withoutDownBody(String normalised) {
        int at = normalised.indexOf("void down(");
        while (at > 0 && Character.isJavaIdentifierPart(normalised.charAt(at - 1))) {
            at = normalised.indexOf("void down(", at + 1);
        }
        if (at < 0) {
            return normalised;
        }
        int open = normalised.indexOf('{', at);
        if (open < 0) {
            return normalised;
        }
        int depth = 0;
        int i = open;
        while (i < normalised.length()) {
            char c = normalised.charAt(i);
            if (normalised.startsWith("\"\"\"", i)) {
                int end = normalised.indexOf("\"\"\"", i + 3);
                i = end < 0 ? normalised.length() : end + 3;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = literal(normalised, i, c, new StringBuilder());
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return normalised.substring(0, open) + "{}" + normalised.substring(i + 1);
            }
            i++;
        }
        return normalised;
    }

    /** Copies a string or char literal as it is; returns the index after it. */
    private static int literal(String source, int open, char quote, StringBuilder out) {
        int i = open + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n' || c == '\r') {
                i++;
                break;
            } else {
                i++;
            }
        }
        out.append(source, open, Math.min(i, source.length()));
        return i;
    }

    /** Appends a text block by its content without incidental indentation; returns the index after it. */
    private static int textBlock(String source, int open, StringBuilder out) {
        int start = source.indexOf('\n', open + 3);
        if (start < 0) {
            out.append(source, open, source.length());
            return source.length();
        }
        int i = start + 1;
        while (i < source.length() && !source.startsWith("\"\"\"", i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        String content = source.substring(start + 1, Math.min(i, source.length())).replace("\r\n", "\n")
                .replace('\r', '\n');
        out.append("\"\"\"\n").append(content.stripIndent()).append("\"\"\"");
        return Math.min(i + 3, source.length());
    }

    private static int lineEnd(String source, int from) {
        int i = from;
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isWord(char c) {
        return Character.isJavaIdentifierPart(c);
    }
}
