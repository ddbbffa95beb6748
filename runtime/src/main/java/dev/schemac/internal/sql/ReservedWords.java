package dev.schemac.internal.sql;

import java.util.Set;

/** The PostgreSQL keywords that cannot stand unquoted as a table, column, index or constraint name. */
public final class ReservedWords {
    /*
     * Reserved (R) and type/function-name (T) keywords: the grammar refuses them as plain identifiers. The
     * unreserved (U) and column-name (C) keywords may stand unquoted. Taken from PostgreSQL itself with
     *   select word from pg_get_keywords() where catcode in ('R','T') order by word
     * on PostgreSQL 15.x and 18.6 (the union; 18 added system_user). Update it when a new release adds words.
     */
    private static final Set<String> WORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
            "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null",
            "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "verbose", "when", "where", "window", "with");

    private ReservedWords() {
    }

    /** Whether {@code word}, a catalog name, is one of these keywords. */
    public static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
