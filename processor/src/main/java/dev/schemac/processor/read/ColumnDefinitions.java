package dev.schemac.processor.read;

import dev.schemac.schema.ColumnType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code @Column(columnDefinition)}: Hibernate writes it in place of the column type, verbatim, and appends
 * {@code not null} and the rest of the column after it. schemac takes it as the column type when it is one, such
 * as {@code jsonb}, {@code varchar(40)} or {@code timestamp(3) with time zone}; a definition that carries more
 * (a default, {@code not null}, a constraint) is refused, as schemac would have to parse SQL to model it.
 */
final class ColumnDefinitions {
    /** Words, one set of modifiers, more words, array brackets: the shape of a PostgreSQL type name. */
    private static final Pattern TYPE = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*( ?\\( ?\\d+ ?(, ?\\d+ ?)?\\))?"
                    + "( [A-Za-z_][A-Za-z0-9_]*)*(\\[\\])*");
    /** Words that start something other than a type in a column definition. */
    private static final Set<String> CLAUSES = Set.of("not", "null", "default", "primary", "key", "references",
            "unique", "check", "generated", "constraint", "collate", "as", "using", "deferrable");

    private ColumnDefinitions() {
    }

    /** The column type a definition gives, or the problem with it. */
    static BasicTypes.Result type(String definition) {
        String normalized = definition.strip().replaceAll("\\s+", " ");
        if (TYPE.matcher(normalized).matches()) {
            String lower = normalized.toLowerCase(Locale.ROOT);
            boolean clause = false;
            for (String word : lower.split("[ (),\\[\\]]+")) {
                clause |= CLAUSES.contains(word);
            }
            if (!clause) {
                return BasicTypes.Result.of(ColumnType.parse(lower));
            }
        }
        return BasicTypes.Result.problem("@Column(columnDefinition = \"" + definition + "\") is more than a column"
                + " type; schemac takes columnDefinition as the type only. Give the default with"
                + " @ColumnDefault, NOT NULL with @Column(nullable = false), and constraints with"
                + " @Column(check) or @Table");
    }
}
