package dev.schemac.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value for the rows that already exist when this field's column becomes NOT NULL (a new column, or one that
 * was nullable): the migration fills the NULLs with it, then sets NOT NULL. Unlike {@code @ColumnDefault} it is
 * used once and not kept as the column's default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Backfill {
    /**
     * A SQL expression, e.g. {@code "'unknown'"}, {@code "now()"} or {@code "lower(email)"}; it may use the row's
     * other columns.
     */
    String value();
}
