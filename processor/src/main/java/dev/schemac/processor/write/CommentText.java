package dev.schemac.processor.write;

/**
 * Makes text from the schema safe inside generated comments: javac reads unicode escapes ({@code \}{@code u000a})
 * even in comments, a line break would end a line comment, and {@code *}{@code /} would end a Javadoc comment.
 */
final class CommentText {
    private CommentText() {
    }

    /** For a {@code //} comment: one line, backslashes doubled so that none starts a unicode escape. */
    static String line(String text) {
        return oneLine(text).replace("\\", "\\\\");
    }

    /** For Javadoc: HTML-escaped, one line, without a comment end or a unicode escape. */
    static String javadoc(String text) {
        return oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;");
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return line.toString();
    }
}
