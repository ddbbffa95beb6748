package dev.schemac.processor.read;

import dev.schemac.internal.sql.SingleExpression;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;

/**
 * What Hibernate's own annotations do to a basic column on PostgreSQL, as Hibernate 7 does it:
 * {@code @JdbcTypeCode} picks the column type ({@code SqlTypes.JSON} is {@code jsonb}), {@code @ColumnDefault}
 * gives the default verbatim, {@code @CreationTimestamp} and {@code @UpdateTimestamp} make the column NOT NULL
 * (even with {@code @Column(nullable = true)}), {@code @Nationalized} changes nothing (PostgreSQL's character types
 * are all Unicode), and a {@code @Formula} attribute has no column at all.
 */
final class HibernateColumns {
    static final int CHAR = 1;
    static final int VARCHAR = 12;
    static final int BINARY = -2;
    static final int VARBINARY = -3;
    static final int BLOB = 2004;
    static final int CLOB = 2005;
    static final int SQLXML = 2009;
    static final int UUID = 3000;
    static final int JSON = 3001;
    static final int INET = 3002;
    static final int LONG32VARCHAR = 4001;
    static final int LONG32VARBINARY = 4003;

    private static final String SUPPORTED_CODES = "schemac maps SqlTypes.JSON (jsonb), UUID (uuid), SQLXML (xml),"
            + " INET (inet), LONG32VARCHAR (text), CHAR and VARCHAR on String, CLOB on String, BLOB, BINARY,"
            + " VARBINARY and LONG32VARBINARY on byte[]";

    private HibernateColumns() {
    }

    /** Whether the attribute is a {@code @Formula}, which Hibernate computes in queries and stores nowhere. */
    static boolean isFormula(Attribute attribute) {
        return attribute.has(HibernateNames.FORMULA);
    }

    /** The type {@code @JdbcTypeCode} gives, {@code null} without one, or a problem. */
    static BasicTypes.Result jdbcType(Attribute attribute, ColumnSpec column) {
        AnnotationValues annotation = attribute.annotations().get(HibernateNames.JDBC_TYPE_CODE).orElse(null);
        if (annotation == null) {
            return null;
        }
        int code = annotation.integer("value");
        String key = BasicTypes.key(attribute.type());
        boolean string = key.equals("java.lang.String");
        boolean bytes = key.equals("byte[]");
        ColumnType type = switch (code) {
            case JSON -> ColumnType.JSONB;
            case UUID -> string || key.equals("java.util.UUID") ? ColumnType.UUID : null;
            case SQLXML -> string ? ColumnType.of("xml") : null;
            case INET -> string ? ColumnType.of("inet") : null;
            case LONG32VARCHAR -> string ? ColumnType.TEXT : null;
            case VARCHAR -> string ? BasicTypes.varchar(column.length()) : null;
            case CHAR -> string ? ColumnType.character(column.length()) : null;
            case CLOB -> string ? ColumnType.OID : null;
            case BLOB -> bytes ? ColumnType.OID : null;
            case BINARY, VARBINARY, LONG32VARBINARY -> bytes ? ColumnType.BYTEA : null;
            default -> null;
        };
        return type != null ? BasicTypes.Result.of(type) : BasicTypes.Result.problem("@JdbcTypeCode(" + code
                + ") on the type " + attribute.type() + " is not supported; " + SUPPORTED_CODES);
    }

    /**
     * The column with the default and nullability Hibernate's annotations give it, or {@code null} after reporting
     * a default that is not one SQL expression.
     */
    static Column apply(Attribute attribute, Column column, String path, Problems problems) {
        Column result = column;
        if (attribute.has(HibernateNames.CREATION_TIMESTAMP) || attribute.has(HibernateNames.UPDATE_TIMESTAMP)) {
            result = result.withNullable(false);
        }
        AnnotationValues columnDefault = attribute.annotations().get(HibernateNames.COLUMN_DEFAULT).orElse(null);
        if (columnDefault != null) {
            String sql = columnDefault.string("value").strip();
            try {
                result = result.defaultTo(SingleExpression.require("the @ColumnDefault of " + path, sql));
            } catch (IllegalArgumentException e) {
                problems.invalid(attribute.field(), e.getMessage());
                return null;
            }
        }
        return result;
    }
}
