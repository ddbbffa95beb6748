package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables of {@code @TableGenerator} and {@code GenerationType.TABLE}, as Hibernate 7 creates them. */
class TableGeneratorTest {
    @Test
    void strategyTableWithoutGeneratorUsesHibernateSequences() {
        Reading reading = read(source("Receipt", "@Entity public class Receipt {"
                + " @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }"));

        assertEquals(Table.table("hibernate_sequences")
                .column(column("sequence_name", varchar(255)).notNull())
                .column(column("next_val", BIGINT))
                .primaryKey("hibernate_sequences_pkey", "sequence_name"), reading.table("hibernate_sequences"));
        assertEquals(List.of(), reading.model().sequences());
    }

    @Test
    void anUnnamedTableIsNamedAfterTheGenerator() {
        Reading reading = read(source("T3", "@Entity public class T3 { @Id"
                + " @GeneratedValue(strategy = GenerationType.TABLE, generator = \"t3g\") @TableGenerator(name = \"t3g\")"
                + " Long id; }"));

        assertEquals(List.of("sequence_name", "next_val"),
                reading.table("t3g").columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void aClassGeneratorNamedByAutoWithItsColumnsAsWrittenAndTheTableThroughTheNaming() {
        Reading reading = read(NamingStyle.SPRING, source("T2", """
                @Entity
                @TableGenerator(name = "t2g", table = "idGen", pkColumnName = "genName", valueColumnName = "genVal")
                public class T2 { @Id @GeneratedValue(generator = "t2g") Long id; }
                """), source("Other", """
                @Entity public class Other {
                    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "o")
                    @TableGenerator(name = "o", table = "idGen", pkColumnName = "genName", valueColumnName = "genVal",
                            pkColumnValue = "other", initialValue = 100, allocationSize = 20)
                    Integer id;
                }
                """));

        assertEquals(Table.table("id_gen")
                .column(column("genname", varchar(255)).notNull())
                .column(column("genval", BIGINT))
                .primaryKey("id_gen_pkey", "genname"), reading.table("id_gen"));
        assertEquals(List.of(), reading.model().sequences());
    }
}
