package dev.schemac.processor.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * schemac's names for the constraints and indexes it creates, in PostgreSQL's own style ({@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code _fkey}, {@code _idx}, {@code _check}). A name longer than PostgreSQL's 63
 * bytes keeps its first 54 bytes and gets {@code _} and 8 hex digits of the SHA-256 of the whole name, so long names
 * stay distinct and the same everywhere.
 */
final class ConstraintNames {
    private static final int KEPT_BYTES = 54;

    private ConstraintNames() {
    }

    static String primaryKey(String table) {
        return primaryKey(table, 0);
    }

    /** The primary key name, with {@code attempt} appended when it is not 0. */
    static String primaryKey(String table, int attempt) {
        return fit(table + "_pkey" + (attempt == 0 ? "" : attempt));
    }

    static String unique(String table, List<String> columns) {
        return numbered(table, columns, "key", 0);
    }

    static String foreignKey(String table, List<String> columns) {
        return numbered(table, columns, "fkey", 0);
    }

    static String index(String table, List<String> columns) {
        return numbered(table, columns, "idx", 0);
    }

    static String check(String table, String column) {
        return numbered(table, List.of(column), "check", 0);
    }

    /**
     * {@code <table>_<columns>_<suffix>}, with {@code attempt} appended when it is not 0: the way PostgreSQL itself
     * tells apart names that would otherwise be the same.
     */
    static String numbered(String table, List<String> columns, String suffix, int attempt) {
        String name = table + "_" + String.join("_", columns) + "_" + suffix;
        return fit(attempt == 0 ? name : name + attempt);
    }

    /** The name itself when it fits in 63 bytes, else its shortened, hashed form. */
    static String fit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= Identifier.MAX_BYTES) {
            return name;
        }
        return Identifier.clip(name, KEPT_BYTES) + "_" + HexFormat.of().formatHex(sha256(bytes)).substring(0, 8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
