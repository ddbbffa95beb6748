package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.schema.Table;
import org.junit.jupiter.api.Test;

/** Entities outside one hierarchy that name the same table share it, with the columns of all of them. */
class SharedTableTest {
    @Test
    void theColumnsOfBothEntitiesAreMerged() {
        Table table = read(source("AuditA", """
                        @Entity @Table(name = "audit_log")
                        public class AuditA { @Id Long id; @Column(length = 40) String who; String what; int n; }
                        """),
                source("AuditB", """
                        @Entity @Table(name = "AUDIT_LOG")
                        public class AuditB { @Id Long id; @Column(length = 40, unique = true) String who; Integer level; int n; }
                        """)).table("audit_log");

        assertEquals(Table.table("audit_log")
                .column(column("id", BIGINT).notNull())
                .column(column("who", varchar(40)))
                .column(column("what", varchar(255)))
                .column(column("n", INTEGER).notNull())
                .column(column("level", INTEGER))
                .primaryKey("audit_log_pkey", "id"), table);
    }

    @Test
    void theFirstEntityInClassNameOrderDecidesTheIdentity() {
        // Hibernate defines a shared column by the first mapping; the fidelity corpus telemetry checks this case
        Table table = read(source("DeviceView", """
                        @Entity @Table(name = "device")
                        public class DeviceView { @Id Long id; String serial; }
                        """),
                source("Device", """
                        @Entity @Table(name = "device")
                        public class Device { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String serial; }
                        """)).table("device");

        assertEquals(Table.table("device")
                .column(column("id", BIGINT).notNull().asIdentity())
                .column(column("serial", varchar(255)))
                .primaryKey("device_pkey", "id"), table);
    }
}
