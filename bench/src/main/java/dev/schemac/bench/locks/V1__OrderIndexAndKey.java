package dev.schemac.bench.locks;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.TEXT;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static dev.schemac.schema.Index.index;

import dev.schemac.Migration;
import dev.schemac.SchemaChanges;

/** LockBench's migration: a nullable column, an index and a foreign key on the large existing {@code orders}. */
public final class V1__OrderIndexAndKey implements Migration {
    @Override
    public void up(SchemaChanges schema) {
        schema.addColumn("orders", column("note", TEXT));
        schema.createIndex("orders", index("orders_code_idx", "code"));
        schema.addForeignKey("orders", foreignKey("orders_customer_fk", "customer_id").references("customer", "id"));
    }
}
