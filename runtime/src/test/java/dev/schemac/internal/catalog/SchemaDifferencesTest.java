package dev.schemac.internal.catalog;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.Table.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.Difference;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure comparison of two schema models. */
class SchemaDifferencesTest {
    private static final Table T = table("t").column(column("id", BIGINT).notNull()).column(column("v",
            ColumnType.varchar(5)).defaultTo("'x'")).primaryKey("t_pkey", "id").check("t_v_check", "v <> ''");

    @Test
    void equalModelsHaveNoDifference() {
        SchemaModel model = new SchemaModel(List.of(T), List.of());
        assertEquals(List.of(), SchemaDifferences.between(model, model, Set.of()));
    }

    @Test
    void aRenamedPrimaryKeyIsOneMissingAndOneExtra() {
        Table renamed = T.primaryKey("t_pk", "id");
        List<String> lines = describe(T, renamed, Set.of());
        assertEquals(List.of("primary key t_pkey on t is missing",
                "primary key t_pk on t (id) is in the database but not in the snapshot"), lines);
    }

    @Test
    void anUnspeltTableHasOnlyItsStructureCompared() {
        Table live = T.withColumns(List.of(column("id", BIGINT).notNull(), column("v", ColumnType.TEXT)
                .defaultTo("'y'"))).withChecks(List.of()).check("t_v_check", "true");
        assertEquals(List.of(), describe(T, live, Set.of(QualifiedName.parse("t"))));
        assertEquals(List.of("column t.v is text in the database but varchar(5) in the snapshot",
                "column t.v has default 'y' in the database but 'x' in the snapshot",
                "check constraint t_v_check on t has expression true in the database but v <> '' in the snapshot"),
                describe(T, live, Set.of()));
    }

    private static List<String> describe(Table expected, Table actual, Set<QualifiedName> unspelt) {
        return SchemaDifferences.between(new SchemaModel(List.of(expected), List.of()),
                new SchemaModel(List.of(actual), List.of()), unspelt).stream().map(Difference::describe).toList();
    }
}
