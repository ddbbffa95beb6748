package dev.schemac.processor.read;

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
 */
record ColumnSpec(boolean present, String name, boolean nullable, boolean unique, int length, int precision,
        int scale, int secondPrecision, boolean readOnly, Element declaredOn) {
    static final int DEFAULT_LENGTH = 255;

    /** No {@code @Column}: every attribute at JPA's default. */
    static ColumnSpec absent(Element field) {
        return new ColumnSpec(false, null, true, false, DEFAULT_LENGTH, 0, 0, -1, false, field);
    }

    /** Reads a {@code @Column}; {@code secondPrecision} only exists from JPA 3.2 on. */
    static ColumnSpec of(AnnotationValues column, Element declaredOn) {
        String name = column.string("name");
        return new ColumnSpec(true, name.isBlank() ? null : name, column.bool("nullable"), column.bool("unique"),
                column.integer("length"), column.integer("precision"), column.integer("scale"),
                column.isSet("secondPrecision") ? column.integer("secondPrecision") : -1,
                !column.bool("insertable") && !column.bool("updatable"), declaredOn);
    }
}
