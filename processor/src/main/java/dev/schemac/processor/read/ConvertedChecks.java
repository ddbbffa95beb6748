package dev.schemac.processor.read;

import dev.schemac.internal.sql.Identifiers;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check Hibernate 7 writes for an enum or a Boolean behind a converter, from the values the converter returned
 * (see {@link ConverterValues}): {@code color in ('red','green')}. Only integral and character database types get
 * one, as in Hibernate's {@code EnumJavaType} and {@code BooleanJavaType}.
 */
final class ConvertedChecks {
    private ConvertedChecks() {
    }

    /** How the converter's database type is written into SQL, or {@code NONE} when Hibernate writes no check. */
    enum Literals {
        INTEGRAL, CHARACTER, NONE;

        static Literals of(String databaseType) {
            return switch (databaseType) {
                case "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long" -> INTEGRAL;
                case "java.lang.String", "java.lang.Character" -> CHARACTER;
                default -> NONE;
            };
        }
    }

    /**
     * The check of an enum column.
     *
     * @param values the converted value of each constant, in declaration order
     */
    static String ofEnum(String column, List<Object> values, Literals literals) {
        // Hibernate collects the values into a HashSet sized by CollectionHelper.setOfSize and writes them in its
        // iteration order, which depends only on the values' hash codes (specified for String, Character and the
        // integral boxes), so this order is Hibernate's on every machine. Repeated values collapse as in Hibernate.
        Set<Object> set = new HashSet<>(Math.max((int) (values.size() / 0.75f) + 1, 16), 0.75f);
        set.addAll(values);
        return in(column, set, literals);
    }

    /**
     * The check of a Boolean column: false's value, true's, and null's when the converter gives one, in that
     * order and repeats kept, as Hibernate writes them.
     */
    static String ofBoolean(String column, List<Object> values, Literals literals) {
        return in(column, literals == Literals.INTEGRAL ? values.stream().map(v -> (Object) ((Number) v).longValue())
                .toList() : values, literals);
    }

    private static String in(String column, Collection<Object> values, Literals literals) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column)).append(" in (");
        String separator = "";
        for (Object value : values) {
            sql.append(separator);
            separator = ",";
            if (literals == Literals.CHARACTER) {
                sql.append('\'').append(String.valueOf(value).replace("'", "''")).append('\'');
            } else {
                sql.append(value);
            }
        }
        return sql.append(')').toString();
    }
}
