package dev.schemac.internal.sql;

import dev.schemac.schema.QualifiedName;
import java.util.List;

/** Quotes PostgreSQL identifiers exactly where SQL needs it. */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * The identifier as SQL: unchanged when PostgreSQL reads it back as the same name, else double-quoted. Names
     * are catalog names, already case-folded, so {@code Customer} becomes {@code "Customer"} and {@code user}
     * becomes {@code "user"}.
     */
    public static String quote(String identifier) {
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("PostgreSQL has no empty identifiers");
        }
        return readsBackUnquoted(identifier) ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name} with each part quoted as needed; just the name when the schema is {@code null}. */
    public static String qualified(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /** Quoted names separated by {@code ", "}, as in a column list. */
    public static String list(List<String> identifiers) {
        StringBuilder sql = new StringBuilder();
        for (String identifier : identifiers) {
            sql.append(sql.length() == 0 ? "" : ", ").append(quote(identifier));
        }
        return sql.toString();
    }

    // The lexer folds unquoted ASCII letters to lower case; only lower-case ASCII names survive that unchanged.
    private static boolean readsBackUnquoted(String identifier) {
        char first = identifier.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return !ReservedWords.contains(identifier);
    }
}
