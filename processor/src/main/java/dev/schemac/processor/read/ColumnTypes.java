package dev.schemac.processor.read;

/**
 * The column type of a basic or enum attribute, from its Java type and its {@code @Column}, {@code @Lob},
 * {@code @Temporal} and {@code @Enumerated}.
 */
final class ColumnTypes {
    private ColumnTypes() {
    }

    static BasicTypes.Result of(Attribute attribute, ColumnSpec column) {
        boolean lob = attribute.has(JpaNames.LOB);
        if (column.definition() != null) {
            // Hibernate writes the definition verbatim, whatever the Java type; an enum keeps its check
            return ColumnDefinitions.type(column.definition());
        }
        BasicTypes.Result jdbcType = HibernateColumns.jdbcType(attribute, column);
        if (jdbcType != null) {
            return jdbcType;
        }
        if (EnumColumns.isEnum(attribute.type())) {
            return lob ? BasicTypes.Result.problem(BasicTypes.LOB_TYPES)
                    : EnumColumns.type(attribute.type(), column, storesByName(attribute));
        }
        if (attribute.has(JpaNames.ENUMERATED)) {
            return BasicTypes.Result.problem("@Enumerated applies to enum attributes only, but the type is "
                    + attribute.type());
        }
        String temporal = attribute.annotations().get(JpaNames.TEMPORAL).map(t -> t.enumConstant("value"))
                .filter(value -> !value.isEmpty()).orElse(null);
        return BasicTypes.of(attribute.type(), column, lob, temporal);
    }

    /** Whether an enum attribute is stored by name, {@code @Enumerated(STRING)}, rather than by ordinal. */
    static boolean storesByName(Attribute attribute) {
        return attribute.annotations().get(JpaNames.ENUMERATED)
                .map(e -> e.enumConstant("value").equals("STRING")).orElse(false);
    }
}
