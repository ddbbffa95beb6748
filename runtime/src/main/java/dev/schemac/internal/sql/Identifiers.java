package dev.schemac.internal.sql;

/** Quotes PostgreSQL identifiers exactly where SQL needs it. */
public final class Identifiers {
    private Identifiers() {
    }

    /** The identifier as SQL: unchanged when PostgreSQL reads it back as the same name, else double-quoted. */
    public static String quote(String identifier) {
        throw new UnsupportedOperationException("not yet");
    }
}
