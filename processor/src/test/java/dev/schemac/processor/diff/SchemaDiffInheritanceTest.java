package dev.schemac.processor.diff;

import static dev.schemac.processor.diff.Diffs.diff;
import static dev.schemac.processor.diff.Diffs.schema;
import static dev.schemac.processor.diff.Diffs.up;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SINGLE_TABLE hierarchy changes its table the way any entity does: a new subclass adds nullable columns, changes
 * the discriminator's check and adds its own; the migration replaces the check and never re-creates the table.
 */
class SchemaDiffInheritanceTest {
    private static final Table PAYMENT = table("payment")
            .column(column("id", BIGINT).notNull())
            .column(column("dtype", varchar(31)).notNull())
            .column(column("digits", INTEGER))
            .primaryKey("payment_pkey", "id");

    @Test
    void aNewSubclassAddsNullableColumnsAndReplacesTheDiscriminatorCheck() {
        DiffResult result = diff(schema(PAYMENT
                        .check("payment_dtype_check", "dtype in ('Payment','Card')")
                        .check("payment_dtype_card_check", "dtype <> 'Card' or (digits is not null)")),
                schema(PAYMENT.column(column("days", INTEGER))
                        .check("payment_dtype_check", "dtype in ('Payment','Bank','Card')")
                        .check("payment_dtype_card_check", "dtype <> 'Card' or (digits is not null)")
                        .check("payment_dtype_bank_check", "dtype <> 'Bank' or (days is not null)")));

        assertEquals(List.of("drop constraint payment_dtype_check on payment", "add column payment.days",
                "add check constraint payment_dtype_check on payment",
                "add check constraint payment_dtype_bank_check on payment"), up(result));
    }
}
