package dev.schemac.processor.read;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The columns that index a collection's rows: a list's {@code @OrderColumn} ({@code <attribute>_ORDER}, an
 * {@code integer} checked to be at least 0) and a map's basic or enum key ({@code <attribute>_KEY}, or as
 * {@code @MapKeyColumn}, {@code @MapKeyEnumerated} and {@code @MapKeyTemporal} say).
 */
final class IndexColumns {
    private final ReadContext context;
    private final Columns columns;

    IndexColumns(ReadContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
    }

    /** The order column, nullable as its {@code @OrderColumn} says, or {@code null} after reporting a problem. */
    PlannedColumn order(Attribute attribute, String path) {
        AnnotationValues order = attribute.annotations().get(JpaNames.ORDER_COLUMN).orElseThrow();
        if (context.unsupported.inColumn(order, attribute.field(), path)) {
            return null;
        }
        Identifier explicit = Identifier.parse(order.string("name"));
        Identifier logical = explicit != null ? explicit : CollectionNames.suffixed(attribute, "_ORDER");
        String name = columns.name(logical, attribute, path);
        if (name == null) {
            return null;
        }
        return new PlannedColumn(Column.column(name, ColumnType.INTEGER).withNullable(order.bool("nullable")),
                Identifiers.quote(name) + " >= 0", context.naming.toPhysical(logical).text());
    }

    /**
     * The column of a basic or enum map key, nullable as its {@code @MapKeyColumn} says, or {@code null} after
     * reporting a problem.
     */
    PlannedColumn basicKey(Attribute attribute, TypeMirror keyType, String path) {
        AnnotationValues column = attribute.annotations().get(JpaNames.MAP_KEY_COLUMN).orElse(null);
        if (column != null && context.unsupported.inColumn(column, attribute.field(), path)) {
            return null;
        }
        ColumnSpec spec = column == null ? ColumnSpec.absent(attribute.field()) : ColumnSpec.of(column,
                attribute.field());
        AnnotationValues enumerated = attribute.annotations().get(JpaNames.MAP_KEY_ENUMERATED).orElse(null);
        boolean isEnum = EnumColumns.isEnum(keyType);
        boolean byName = enumerated != null && enumerated.enumConstant("value").equals("STRING");
        BasicTypes.Result converted = context.converters.mapKeyType(attribute, keyType, spec, path);
        BasicTypes.Result type;
        if (converted != null) {
            type = converted; // Hibernate applies an auto-applied converter to the key as well
        } else if (isEnum) {
            type = EnumColumns.type(keyType, spec, byName);
        } else if (enumerated != null) {
            type = BasicTypes.Result.problem("@MapKeyEnumerated applies to enum keys only, but the key type is "
                    + keyType);
        } else {
            String temporal = attribute.annotations().get(JpaNames.MAP_KEY_TEMPORAL)
                    .map(t -> t.enumConstant("value")).filter(value -> !value.isEmpty()).orElse(null);
            type = BasicTypes.of(keyType, spec, false, temporal);
        }
        if (type.type() == null) {
            if (type == BasicTypes.Result.REPORTED) {
                return null;
            } else if (type.problem() != null) {
                context.problems.invalid(attribute.field(), "the map key of " + path + ": " + type.problem());
            } else {
                context.problems.unsupported(attribute.field(), "the map key type " + keyType + " of " + path,
                        "schemac maps keys of basic types, enums, @Embeddable classes and entities");
            }
            return null;
        }
        Identifier logical = spec.name() != null ? Identifier.parse(spec.name())
                : CollectionNames.suffixed(attribute, "_KEY");
        String name = columns.name(logical, attribute, path);
        if (name == null) {
            return null;
        }
        String check = converted != null ? context.converters.mapKeyCheck(attribute, keyType, name)
                : isEnum ? EnumColumns.check(name, keyType, byName) : null;
        return new PlannedColumn(Column.column(name, type.type()).withNullable(spec.nullable()), check,
                context.naming.toPhysical(logical).text());
    }

    /** Whether the type is an entity or an embeddable, whose keys are not a single basic column. */
    boolean isBasic(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return true;
        }
        Annotated annotated = context.annotations.of(declared.asElement());
        return !annotated.has(JpaNames.ENTITY) && !annotated.has(JpaNames.EMBEDDABLE);
    }
}
