package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * What the {@code @Column} of an attribute says, or the {@code @AttributeOverride} column that replaces it whole.
 *
 * @param present whether there is such an annotation: its {@code nullable} then decides, even for a primitive
 * @param name the column name as written, or {@code null}
 * @param nullable {@code @Column(nullable)}
 * @param unique {@code @Column(unique)}
 * @param length {@code @Column(length)}, 255 unless given
 * @param precision {@code @Column(precision)}, 0 unless given
 * @param scale {@code @Column(scale)}, 0 unless given
 * @param secondPrecision {@code @Column(secondPrecision)} (JPA 3.2), -1 unless given
 * @param readOnly {@code insertable = false, updatable = false}: the column may repeat another attribute's
 * @param declaredOn the element carrying the annotation, for diagnostics
 * @param definition {@code @Column(columnDefinition)}, or {@code null} unless given
 * @param checks the JPA 3.2 {@code @Column(check)} constraints
 */
record ColumnSpec(boolean present, String name, boolean nullable, boolean unique, int length, int precision,
        int scale, int secondPrecision, boolean readOnly, Element declaredOn, String definition,
        List<CheckSpec> checks) {
    static final int DEFAULT_LENGTH = 255;

    /**
     * A {@code @CheckConstraint}.
     *
     * @param name its name, or {@code null} when the database names it
     * @param constraint its SQL expression, as written
     */
    record CheckSpec(String name, String constraint) {
        /** Reads the constraints of an annotation's {@code check} attribute (JPA 3.2). */
        static List<CheckSpec> of(AnnotationValues annotation) {
            if (!annotation.isSet("check")) {
                return List.of();
            }
            List<CheckSpec> checks = new ArrayList<>();
            for (AnnotationValues check : annotation.annotations("check")) {
                String name = check.string("name");
                checks.add(new CheckSpec(name.isBlank() ? null : name, check.string("constraint")));
            }
            return List.copyOf(checks);
        }
    }

    /** No {@code @Column}: every attribute at JPA's default. */
    static ColumnSpec absent(Element field) {
        return new ColumnSpec(false, null, true, false, DEFAULT_LENGTH, 0, 0, -1, false, field, null, List.of());
    }

    /** The spec with another length. */
    ColumnSpec withLength(int newLength) {
        return new ColumnSpec(present, name, nullable, unique, newLength, precision, scale, secondPrecision,
                readOnly, declaredOn, definition, checks);
    }

    /** The spec with another precision and scale. */
    ColumnSpec withDigits(int newPrecision, int newScale) {
        return new ColumnSpec(present, name, nullable, unique, length, newPrecision, newScale, secondPrecision,
                readOnly, declaredOn, definition, checks);
    }

    /** Reads a {@code @Column}; {@code secondPrecision} only exists from JPA 3.2 on. */
    static ColumnSpec of(AnnotationValues column, Element declaredOn) {
        String name = column.string("name");
        return new ColumnSpec(true, name.isBlank() ? null : name, column.bool("nullable"), column.bool("unique"),
                column.integer("length"), column.integer("precision"), column.integer("scale"),
                column.isSet("secondPrecision") ? column.integer("secondPrecision") : -1,
                !column.bool("insertable") && !column.bool("updatable"), declaredOn,
                column.string("columnDefinition").isBlank() ? null : column.string("columnDefinition").strip(),
                CheckSpec.of(column));
    }
}
