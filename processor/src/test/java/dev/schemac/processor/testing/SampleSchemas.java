package dev.schemac.processor.testing;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.BOOLEAN;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.timestamptz;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;
import static dev.schemac.schema.Index.uniqueIndex;
import static dev.schemac.schema.Sequence.sequence;
import static dev.schemac.schema.Table.table;

import dev.schemac.schema.ColumnType;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.SchemaModel;
import java.util.List;

/** Schemas that use every part of the model, shared by the snapshot, diff and writer tests. */
public final class SampleSchemas {
    private SampleSchemas() {
    }

    /** A shop: two schemas, every column variation, every kind of constraint, sequences. */
    public static SchemaModel shop() {
        return new SchemaModel(List.of(
                table("customer")
                        .column(column("id", BIGINT).notNull())
                        .column(column("email", varchar(255)).notNull())
                        .column(column("name", TEXT))
                        .column(column("active", BOOLEAN).notNull().defaultTo("true"))
                        .column(column("created_at", timestamptz(6)).notNull().defaultTo("now()"))
                        .primaryKey("customer_pkey", "id")
                        .unique("customer_email_key", "email")
                        .check("customer_email_check", "email like '%@%' and length(email) >= 3"),
                table("sales.orders")
                        .column(column("id", BIGINT).asIdentity())
                        .column(column("customer_id", BIGINT).notNull())
                        .column(column("total", numeric(38, 2)))
                        .column(column("status", ColumnType.sql("varchar(16)")).defaultTo("'new'"))
                        .primaryKey("orders_pkey", "id")
                        .foreignKey(foreignKey("orders_customer_fk", "customer_id").references("customer", "id")
                                .onDelete(ReferentialAction.CASCADE))
                        .index(index("orders_customer_idx", "customer_id", "total desc"))
                        .index(uniqueIndex("orders_status_uidx", "status")),
                table("sales.order_line")
                        .column(column("order_id", BIGINT).notNull())
                        .column(column("line", INTEGER).notNull())
                        .column(column("quantity", INTEGER).notNull().defaultTo("1"))
                        .primaryKey("order_line_pkey", "order_id", "line")
                        .foreignKey(foreignKey("order_line_order_fk", "order_id").references("sales.orders", "id"))),
                List.of(sequence("customer_seq", 1, 50), sequence("sales.invoice_seq", 1000, 1),
                        sequence("big_seq", 3_000_000_000L, -1)));
    }
}
