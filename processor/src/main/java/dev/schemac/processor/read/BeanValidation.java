package dev.schemac.processor.read;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.processor.read.ValidationTargets.Constraints;
import java.util.List;

/**
 * The Bean Validation constraints Hibernate 7 turns into DDL (when a validator is on the class path, as with
 * Spring Boot's validation starter), as it does on PostgreSQL: {@code @NotNull}, {@code @NotEmpty} and
 * {@code @NotBlank} make an entity's own column NOT NULL (not inside an embeddable, even a {@code @Valid} one);
 * {@code @Size(max)} and {@code @Length(max)} on a {@code String} replace the column's length;
 * {@code @Digits} on a {@code BigDecimal} replaces its precision and scale; {@code @Min}, {@code @Max} and
 * {@code @Range} on a number add {@code col>=min} and {@code col<=max} to the column's check. Size, digits and
 * bounds apply inside an embeddable only when every embedded attribute on the way is {@code @Valid}.
 * Other constraints ({@code @DecimalMin}, {@code @Positive}, ...) have no effect on the schema. Constraints count
 * on the attribute's field and on its getter alike, whatever the access type.
 */
final class BeanValidation {
    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    private static final String HIBERNATE = "org.hibernate.validator.constraints.";

    static final String VALID = "jakarta.validation.Valid";
    static final String NOT_NULL = CONSTRAINTS + "NotNull";
    static final String NOT_EMPTY = CONSTRAINTS + "NotEmpty";
    static final String NOT_BLANK = CONSTRAINTS + "NotBlank";
    static final String SIZE = CONSTRAINTS + "Size";
    static final String MIN = CONSTRAINTS + "Min";
    static final String MAX = CONSTRAINTS + "Max";
    static final String DIGITS = CONSTRAINTS + "Digits";
    static final String LENGTH = HIBERNATE + "Length";
    static final String RANGE = HIBERNATE + "Range";

    private static final List<String> NUMBERS = List.of("byte", "short", "int", "long", "float", "double",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");

    private BeanValidation() {
    }

    /** Whether a constraint makes the column NOT NULL. */
    static boolean requiresValue(Constraints constraints, Scope scope) {
        return !scope.inEmbeddable()
                && (constraints.has(NOT_NULL) || constraints.has(NOT_EMPTY) || constraints.has(NOT_BLANK));
    }

    /** The column spec with the length, precision and scale that the constraints give, or a problem. */
    static ColumnSpec adjust(Attribute attribute, Constraints constraints, boolean validated, ColumnSpec spec,
            Problems problems, String path) {
        if (!validated) {
            return spec;
        }
        String key = BasicTypes.key(attribute.type());
        ColumnSpec result = spec;
        if (key.equals("java.lang.String")) {
            int max = Math.min(max(constraints, SIZE), max(constraints, LENGTH));
            if (max < Integer.MAX_VALUE) {
                result = result.withLength(max);
            }
        }
        AnnotationValues digits = constraints.get(DIGITS).orElse(null);
        if (digits != null) {
            if (!key.equals("java.math.BigDecimal")) {
                problems.unsupported(attribute.field(), "@Digits on " + path + " of type " + key,
                        "@Digits on types other than BigDecimal, where Hibernate's use of it is not verified");
                return null;
            }
            int fraction = digits.integer("fraction");
            result = result.withDigits(digits.integer("integer") + fraction, fraction);
        }
        return result;
    }

    /**
     * Adds the checks of {@code @Min}, {@code @Max} and {@code @Range} to the column, or reports them on a
     * type that is not a number (Hibernate's check would compare it with a number, which PostgreSQL refuses).
     */
    static void addChecks(Attribute attribute, Constraints constraints, Scope scope, TableDraft table,
            String column, Problems problems, String path) {
        if (!scope.validated()) {
            return;
        }
        AnnotationValues min = constraints.get(MIN).orElse(null);
        AnnotationValues max = constraints.get(MAX).orElse(null);
        AnnotationValues range = constraints.get(RANGE).orElse(null);
        if (min == null && max == null && range == null) {
            return;
        }
        String key = BasicTypes.key(attribute.type());
        if (!NUMBERS.contains(key)) {
            problems.invalid(attribute.field(), "@Min, @Max or @Range on " + path + " of type " + key
                    + ": Hibernate writes a check comparing the column with a number, which PostgreSQL refuses");
            return;
        }
        String quoted = Identifiers.quote(column);
        // Hibernate's order for @Min with @Max varies from run to run; this is the order @Range's come in
        if (min != null) {
            table.addCheck(column, quoted + ">=" + min.longValue("value"));
        }
        if (max != null) {
            table.addCheck(column, quoted + "<=" + max.longValue("value"));
        }
        if (range != null) {
            table.addCheck(column, quoted + ">=" + range.longValue("min"));
            table.addCheck(column, quoted + "<=" + range.longValue("max"));
        }
    }

    private static int max(Constraints constraints, String annotation) {
        return constraints.get(annotation).map(a -> a.integer("max")).orElse(Integer.MAX_VALUE);
    }
}
