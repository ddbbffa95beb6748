package dev.schemac.processor.read;

import dev.schemac.schema.ColumnType;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The PostgreSQL column type Hibernate ORM 7 creates for each basic Java type schemac supports, with the
 * {@code @Column} length, precision, scale and second precision applied as Hibernate applies them.
 */
final class BasicTypes {
    static final String SUPPORTED = "primitives and their wrappers, String, BigDecimal, BigInteger, LocalDate,"
            + " LocalTime, LocalDateTime, Instant, OffsetDateTime, OffsetTime, ZonedDateTime, Duration, Year, UUID,"
            + " ZoneId, ZoneOffset, Locale, Currency, TimeZone, URL, InetAddress, byte[], char[], enums,"
            + " java.util.Date and Calendar with @Temporal, java.sql.Date, Time, Timestamp, Clob, NClob and Blob,"
            + " types with an AttributeConverter,"
            + " @Embeddable classes and @ManyToOne/@OneToOne entities";

    /** PostgreSQL's longest {@code varchar}; Hibernate writes {@code text} beyond it. */
    private static final int MAX_VARCHAR = 10_485_760;
    /** PostgreSQL's finest fractional-second precision; it cuts larger ones down to this. */
    private static final int MAX_SECOND_PRECISION = 6;

    /**
     * A column type, or why there is none.
     *
     * @param type the type, or {@code null}
     * @param problem the reason, or {@code null}; {@code null} for both when the Java type is not basic at all
     */
    record Result(ColumnType type, String problem) {
        static final Result NOT_BASIC = new Result(null, null);
        /** No type, for a problem already reported on the attribute. */
        static final Result REPORTED = new Result(null, "");

        static Result of(ColumnType type) {
            return new Result(type, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }
    }

    private BasicTypes() {
    }

    /**
     * The column type for an attribute of a basic Java type.
     *
     * @param lob whether the attribute has {@code @Lob}
     * @param temporal the {@code @Temporal} value ({@code DATE}, {@code TIME}, {@code TIMESTAMP}) or {@code null}
     */
    static Result of(TypeMirror type, ColumnSpec column, boolean lob, String temporal) {
        String key = key(type);
        if (lob) {
            return switch (key) {
                case "java.lang.String", "byte[]", "char[]", "java.sql.Clob", "java.sql.NClob", "java.sql.Blob" ->
                        Result.of(ColumnType.OID);
                default -> Result.problem(LOB_TYPES);
            };
        }
        return switch (key) {
            case "boolean", "java.lang.Boolean" -> Result.of(ColumnType.BOOLEAN);
            case "byte", "java.lang.Byte", "short", "java.lang.Short" -> Result.of(ColumnType.SMALLINT);
            case "int", "java.lang.Integer", "java.time.Year" -> Result.of(ColumnType.INTEGER);
            case "long", "java.lang.Long" -> Result.of(ColumnType.BIGINT);
            case "float", "java.lang.Float" -> floating(column, ColumnType.REAL);
            case "double", "java.lang.Double" -> floating(column, ColumnType.DOUBLE_PRECISION);
            // 255 is @Column's default length, which Hibernate does not take as a length for a single character
            case "char", "java.lang.Character" -> Result.of(ColumnType.character(
                    column.length() == ColumnSpec.DEFAULT_LENGTH ? 1 : column.length()));
            case "java.lang.String", "char[]", "java.util.Locale", "java.util.TimeZone", "java.time.ZoneId",
                    "java.net.URL" -> Result.of(varchar(column.length()));
            // like char, a type of fixed width takes @Column's default length for none given
            case "java.time.ZoneOffset" -> Result.of(varchar(column.length() == ColumnSpec.DEFAULT_LENGTH ? 6
                    : column.length()));
            case "java.util.Currency" -> Result.of(varchar(column.length() == ColumnSpec.DEFAULT_LENGTH ? 3
                    : column.length()));
            case "java.net.InetAddress" -> Result.of(ColumnType.of("inet"));
            case "java.sql.Clob", "java.sql.NClob", "java.sql.Blob" -> Result.of(ColumnType.OID);
            case "java.math.BigDecimal" -> Result.of(column.precision() > 0
                    ? ColumnType.numeric(column.precision(), column.scale()) : ColumnType.numeric(38, 2));
            case "java.math.BigInteger" -> Result.of(column.precision() > 0
                    ? ColumnType.numeric(column.precision(), column.scale()) : ColumnType.numeric(38, 0));
            case "java.time.Duration" -> Result.of(ColumnType.numeric(21, 0));
            case "java.util.UUID" -> Result.of(ColumnType.UUID);
            case "byte[]" -> Result.of(ColumnType.BYTEA);
            case "java.time.LocalDate", "java.sql.Date" -> Result.of(ColumnType.DATE);
            case "java.time.LocalTime", "java.time.OffsetTime", "java.sql.Time" ->
                    Result.of(ColumnType.time(seconds(column, 0)));
            case "java.time.LocalDateTime", "java.sql.Timestamp" ->
                    Result.of(ColumnType.timestamp(seconds(column, MAX_SECOND_PRECISION)));
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
                    Result.of(ColumnType.timestamptz(seconds(column, MAX_SECOND_PRECISION)));
            case "java.util.Date", "java.util.Calendar" -> temporal(column, temporal);
            default -> Result.NOT_BASIC;
        };
    }

    /** The message for {@code @Lob} on another type. */
    static final String LOB_TYPES = "@Lob is supported on String, byte[], char[], Clob, NClob and Blob only";

    /** {@code varchar} of that length; {@code text} for none (0) or beyond PostgreSQL's longest. */
    static ColumnType varchar(int length) {
        return length > 0 && length <= MAX_VARCHAR ? ColumnType.varchar(length) : ColumnType.TEXT;
    }

    /** Whether a sequence or identity column can generate values of this type. */
    static boolean isIntegral(TypeMirror type) {
        return switch (key(type)) {
            case "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long" -> true;
            default -> false;
        };
    }

    /** Whether Hibernate's UUID generator can generate values of this type. */
    static boolean isUuidOrString(TypeMirror type) {
        String key = key(type);
        return key.equals("java.util.UUID") || key.equals("java.lang.String");
    }

    /** A short, stable name for a type: the primitive's keyword, the qualified class name, or {@code byte[]}. */
    static String key(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof DeclaredType declared) {
            return ((TypeElement) declared.asElement()).getQualifiedName().toString();
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return "byte[]";
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.CHAR) {
            return "char[]";
        }
        return type.toString();
    }

    private static Result floating(ColumnSpec column, ColumnType unsized) {
        if (column.scale() != 0) {
            return Result.problem("@Column(scale) has no meaning for a floating-point type; Hibernate rejects it");
        }
        if (column.precision() <= 0) {
            return Result.of(unsized);
        }
        // @Column(precision) counts decimal digits; Hibernate converts them to the binary digits of SQL's float(p)
        int bits = (int) Math.ceil(column.precision() * (Math.log(10) / Math.log(2)));
        if (bits <= 24) {
            return Result.of(ColumnType.REAL);
        }
        if (bits <= 53) {
            return Result.of(ColumnType.DOUBLE_PRECISION);
        }
        return Result.problem("@Column(precision = " + column.precision() + ") makes Hibernate write float(" + bits
                + "), which PostgreSQL rejects above float(53): use at most 15 digits, or BigDecimal");
    }

    private static int seconds(ColumnSpec column, int fallback) {
        int given = column.secondPrecision();
        return given < 0 ? fallback : Math.min(given, MAX_SECOND_PRECISION);
    }

    private static Result temporal(ColumnSpec column, String temporal) {
        if (temporal == null) {
            return Result.problem("java.util.Date and Calendar need @Temporal(DATE, TIME or TIMESTAMP);"
                    + " better, use java.time types");
        }
        return switch (temporal) {
            case "DATE" -> Result.of(ColumnType.DATE);
            case "TIME" -> Result.of(ColumnType.time(seconds(column, 0)));
            default -> Result.of(ColumnType.timestamp(seconds(column, MAX_SECOND_PRECISION)));
        };
    }
}
