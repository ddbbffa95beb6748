package dev.schemac.processor.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * Check constraint definitions in one form, whatever the order of their top-level {@code AND} terms: Hibernate
 * builds the check of {@code @Min(1) @Max(5)} from a hash set of Bean Validation constraints, so one run writes
 * {@code (x >= 1) AND (x <= 5)} and the next {@code (x <= 5) AND (x >= 1)}. Nothing else is changed; PostgreSQL's
 * {@code pg_get_constraintdef} has already normalized spacing, casts and parentheses.
 */
final class CheckExpressions {
    private static final String PREFIX = "CHECK (";

    private CheckExpressions() {
    }

    /** {@code CHECK (<expression>)[ options]} with the expression's top-level terms sorted. */
    static String normalize(String definition) {
        if (!definition.startsWith(PREFIX)) {
            return definition;
        }
        int close = closingParenthesis(definition, PREFIX.length() - 1);
        if (close < 0) {
            return definition;
        }
        String expression = definition.substring(PREFIX.length(), close);
        return PREFIX + sortedTerms(expression) + definition.substring(close);
    }

    private static String sortedTerms(String expression) {
        String bare = unwrap(expression);
        List<String> terms = topLevelTerms(bare);
        if (terms.size() < 2) {
            return expression;
        }
        List<String> sorted = new ArrayList<>();
        for (String term : terms) {
            sorted.add("(" + sortedTerms(unwrap(term)) + ")");
        }
        sorted.sort(null);
        return "(" + String.join(" AND ", sorted) + ")";
    }

    /** The expression without parentheses around all of it. */
    private static String unwrap(String expression) {
        String e = expression.strip();
        while (e.startsWith("(") && closingParenthesis(e, 0) == e.length() - 1) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    private static List<String> topLevelTerms(String expression) {
        List<String> terms = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && expression.startsWith(" AND ", i)) {
                terms.add(expression.substring(start, i));
                start = i + " AND ".length();
                i = start - 1;
            }
        }
        terms.add(expression.substring(start));
        return terms;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
