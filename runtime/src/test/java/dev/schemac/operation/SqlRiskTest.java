package dev.schemac.operation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which hand-written statements count as destroying data. */
class SqlRiskTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "drop table customer",
        "DROP TABLE IF EXISTS \"Customer\" CASCADE",
        "drop\n  table\tcustomer",
        "drop schema shop cascade",
        "drop sequence order_seq",
        "drop materialized view report",
        "drop owned by app",
        "truncate customer",
        "TRUNCATE TABLE customer RESTART IDENTITY",
        "alter table customer drop column fax",
        "alter table customer drop fax",
        "ALTER TABLE customer DROP COLUMN IF EXISTS fax",
        "alter table \"Customer\" drop column \"Fax\"",
        "alter table customer drop constraint c_fkey, drop column fax",
        "alter table customer alter column age type bigint",
        "alter table customer alter age set data type text using age::text",
        "alter table only customer drop column default_value",
        "update customer set x = 1; drop table customer",
        "drop type mood cascade",
        "drop domain email cascade",
        "drop extension postgis cascade",
        "select 'a'; drop table t; select 'b'",
        "select $1; drop table t",
    })
    void flagsStatementsThatDestroyData(String sql) {
        assertTrue(SqlRisk.destroysData(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alter table customer drop constraint customer_email_key",
        "alter table customer alter column email drop not null",
        "alter table customer alter column email drop default",
        "alter table customer alter column id drop identity if exists",
        "alter table customer alter column total drop expression",
        "alter table customer add column fax text",
        "alter table customer alter column name set default 'drop table x'",
        "delete from customer where id = 1",
        "update customer set name = 'drop table customer'",
        "insert into log (text) values ('truncate everything; drop column x')",
        "insert into log (text) values ('it''s a drop table trick')",
        "-- drop table customer\nupdate customer set x = 1",
        "/* truncate customer */ select 1",
        "create function f() returns void as $$ begin drop table x; end $$ language plpgsql",
        "create function f() returns void as $body$ drop table x $body$ language sql",
        "create function f() returns void as $fn1$ drop table x $fn1$ language sql",
        "select * from \"drop table x\"",
        "drop index customer_email_idx",
        "drop view report",
        "drop type mood",
        "create table backdrop (truncated boolean)",
        "select dropped_tables from audit",
    })
    void letsOtherStatementsPass(String sql) {
        assertFalse(SqlRisk.destroysData(sql), sql);
    }

    @Test
    void handlesLongLiterals() {
        String big = "insert into doc (body) values ('" + "x".repeat(200_000) + "'), (\"" + "y".repeat(200_000)
                + "\")";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(SqlRisk.destroysData(big)));
        assertTrue(SqlRisk.destroysData(big + "; drop table doc"));
    }
}
