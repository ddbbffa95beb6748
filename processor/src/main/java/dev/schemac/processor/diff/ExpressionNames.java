package dev.schemac.processor.diff;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the column names a SQL expression mentions, e.g. to tell whether a check constraint is about a column.
 * A plain word matches the column whose name is that word in lower case (PostgreSQL folds it); a quoted name
 * matches exactly; string literals are skipped.
 */
final class ExpressionNames {
    private ExpressionNames() {
    }

    static boolean mentions(String expression, Set<String> columns) {
        if (columns.isEmpty()) {
            return false;
        }
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(expression, i, c);
                if (c == '"' && columns.contains(expression.substring(i + 1, end).replace("\"\"", "\""))) {
                    return true;
                }
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
                        || expression.charAt(end) == '$')) {
                    end++;
                }
                if (columns.contains(expression.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The index of the quote that closes the one at {@code open}, a doubled quote standing for itself. */
    private static int closing(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length();
    }
}
