package dev.schemac.processor.read;

import dev.schemac.internal.sql.Identifiers;
import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The discriminator column of a hierarchy, as Hibernate 7 creates it: {@code @DiscriminatorColumn} on the root or
 * {@code DTYPE varchar(31)}, NOT NULL, and a check that it holds one of the values of the concrete entities
 * ({@code @DiscriminatorValue}, else the entity name, or its {@code hashCode()} for an INTEGER discriminator).
 *
 * @param name the column's catalog name
 * @param type its type
 * @param kind the {@code discriminatorType}: STRING, CHAR or INTEGER
 */
record Discriminator(String name, ColumnType type, String kind) {
    static final String DEFAULT_NAME = "DTYPE";

    /** The value of an entity, as SQL: a string literal, or a number for an INTEGER discriminator. */
    String sqlValue(String value) {
        return kind.equals("INTEGER") ? value : "'" + value.replace("'", "''") + "'";
    }

    /** The check Hibernate puts on the column: {@code DTYPE in ('A','B')}. */
    String check(List<String> values) {
        List<String> sql = new ArrayList<>();
        values.forEach(value -> sql.add(sqlValue(value)));
        return Identifiers.quote(name) + " in (" + String.join(",", sql) + ")";
    }

    /**
     * The check a concrete single-table subclass gets for the columns its attributes require but the shared table
     * must leave nullable: {@code DTYPE <> 'Card' or (digits is not null and ...)}.
     */
    String requiredCheck(String value, List<String> columns) {
        List<String> parts = new ArrayList<>();
        columns.forEach(column -> parts.add(Identifiers.quote(column) + " is not null"));
        return Identifiers.quote(name) + " <> " + sqlValue(value) + " or (" + String.join(" and ", parts) + ")";
    }

    /** The raw value of an entity, or {@code null} after reporting why there is none schemac can use. */
    static String value(ReadContext context, TypeElement entity, String kind) {
        String explicit = context.annotations.of(entity).get(JpaNames.DISCRIMINATOR_VALUE)
                .map(v -> v.string("value")).orElse(null);
        if (explicit != null) {
            if (explicit.equals("null") || explicit.equals("not null")) {
                context.problems.unsupportedEntity(entity, "@DiscriminatorValue(\"" + explicit + "\") on "
                        + entity.getSimpleName(), "null and not-null discriminator values");
                return null;
            }
            if (kind.equals("INTEGER") && !explicit.strip().matches("-?[0-9]+")) {
                context.problems.invalid(entity, "@DiscriminatorValue(\"" + explicit + "\") on "
                        + entity.getSimpleName() + " is not an integer, but the discriminator is INTEGER");
                return null;
            }
            if (kind.equals("CHAR") && explicit.length() != 1) {
                context.problems.invalid(entity, "@DiscriminatorValue(\"" + explicit + "\") on "
                        + entity.getSimpleName() + " is not one character, but the discriminator is CHAR");
                return null;
            }
            return kind.equals("INTEGER") ? explicit.strip() : explicit;
        }
        String entityName = context.heads.entityName(entity);
        return switch (kind) {
            case "INTEGER" -> Integer.toString(entityName.hashCode());
            case "CHAR" -> {
                context.problems.invalid(entity, "the entity " + entity.getSimpleName() + " needs a"
                        + " @DiscriminatorValue of one character, as its hierarchy has a CHAR discriminator");
                yield null;
            }
            default -> entityName;
        };
    }
}
