package dev.schemac.processor.read;

import dev.schemac.schema.Column;

/**
 * A column a collection adds, worked out before the table it goes into is at hand.
 *
 * @param column the column
 * @param check the check constraint's expression, or {@code null}
 * @param hibernateName the column's name as Hibernate holds it, before PostgreSQL folds it
 */
record PlannedColumn(Column column, String check, String hibernateName) {
    PlannedColumn withNullable(boolean nullable) {
        return new PlannedColumn(column.withNullable(nullable), check, hibernateName);
    }
}
