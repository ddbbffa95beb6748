package dev.schemac.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which hand-written statements count as destroying data. */
class SqlRiskTest {
    static Stream<Arguments> statements() {
        return Stream.of(
                destroys("drop table customer"),
                destroys("DROP TABLE IF EXISTS \"Customer\" CASCADE"),
                destroys("drop\n  table\tcustomer"),
                destroys("drop schema shop cascade"),
                destroys("drop sequence order_seq"),
                destroys("drop materialized view report"),
                destroys("drop owned by app"),
                destroys("drop database other"),
                destroys("truncate customer"),
                destroys("TRUNCATE TABLE customer RESTART IDENTITY"),
                destroys("alter table customer drop column fax"),
                destroys("alter table customer drop fax"),
                destroys("ALTER TABLE customer DROP COLUMN IF EXISTS fax"),
                destroys("alter table \"Customer\" drop column \"Fax\""),
                destroys("alter table customer drop constraint c_fkey, drop column fax"),
                destroys("alter table customer add column phone text, drop fax"),
                destroys("alter table customer alter column age type bigint"),
                destroys("alter table customer alter age set data type text using age::text"),
                destroys("alter table only customer drop column default_value"),
                destroys("alter table if exists shop.customer drop column fax"),
                destroys("alter table customer drop \"constraint\""),
                destroys("update customer set x = 1; drop table customer"),
                destroys("select 'a'; drop table t; select 'b'"),
                destroys("select $1; drop table t"),
                destroys("insert into log values ('it''s'); truncate log"),
                // Comments separate words like a space does.
                destroys("drop /* c */ table customer"),
                destroys("drop--x\ntable customer"),
                destroys("alter /**/ table customer drop email"),
                destroys("alter table customer alter column email /**/ type varchar(10)"),
                destroys("/* a /* nested */ comment */ drop table customer"),
                // Cascade reaches columns through types, domains, functions, collations...
                destroys("drop type mood cascade"),
                destroys("drop domain email cascade"),
                destroys("drop extension postgis cascade"),
                destroys("drop function normalise(text) cascade"),
                destroys("drop collation german cascade"),
                destroys("alter type address drop attribute zip cascade"),
                // Code in a DO block or a function body is read as code.
                destroys("do $$ begin drop table customer; end $$"),
                destroys("do $x$ begin execute 'drop table customer'; end $x$"),
                destroys("do $$ begin if true then truncate customer; end if; end $$"),
                destroys("do $$ begin for r in select 1 loop drop table customer; end loop; end $$"),
                destroys("do $$ declare n int; begin select 1 into n; alter table customer drop fax; end $$"),
                destroys("do 'begin drop table customer; end'"),
                destroys("do 'begin execute ''select 1''; end'"),
                destroys("do language plpgsql $$ begin execute format('select %s', 1); end $$"),
                destroys("do $$ plpy.execute('drop table customer') $$ language plpython3u"),
                destroys("do $$ spi_exec_query('drop table customer') $$ language plperl"),
                destroys("do $$ spi_exec_query('drop table customer') $$ language \"plperl\""),
                destroys("create function f() returns void as 'lib', 'f' language c"),
                destroys("do E'begin \\x64rop table customer; end'"),
                destroys("do U&'begin \\0064rop table customer; end'"),
                destroys("create function f() returns void as $$ begin drop table x; end $$ language plpgsql"),
                destroys("create function f() returns void as $body$ drop table x $body$ language sql"),
                destroys("create or replace procedure p() language sql as 'truncate x'"),
                destroys("create function f() returns void language plpgsql as $$ begin execute 'select 1'; end $$"),
                destroys("create function f() returns void language sql begin atomic truncate x; end"),
                destroys("select $$ drop table x $$"),
                destroys("select $q$ $$; truncate x; $$ $q$"),
                // An escape string's quote does not end it; read without E it would hide the drop.
                destroys("select E'\\''; drop table t; select '"),
                // With standard_conforming_strings off a backslash escapes the quote of a plain string too.
                destroys("select 'a\\'; drop table t; select '"),
                destroys("select 'a\\'' ; drop table t; --'"),
                keeps("alter table customer drop constraint customer_email_key"),
                keeps("alter table customer drop constraint if exists customer_email_key cascade"),
                keeps("alter table customer alter column email drop not null"),
                keeps("alter table customer alter column email drop default"),
                keeps("alter table customer alter column id drop identity if exists"),
                keeps("alter table customer alter column total drop expression"),
                keeps("alter table customer alter constraint c_fkey deferrable"),
                keeps("alter table customer add column fax text"),
                keeps("alter table customer alter column name set default 'drop table x'"),
                keeps("delete from customer where id = 1"),
                keeps("update customer set name = 'drop table customer'"),
                keeps("insert into log (text) values ('truncate everything; drop column x')"),
                keeps("insert into log (text) values ('it''s a drop table trick')"),
                keeps("insert into log (text) values (E'it\\'s a drop table trick')"),
                keeps("-- drop table customer\nupdate customer set x = 1"),
                keeps("/* truncate customer */ select 1"),
                keeps("select * from \"drop table x\""),
                keeps("drop index customer_email_idx"),
                keeps("drop view report"),
                keeps("drop type mood"),
                keeps("drop function normalise(text)"),
                keeps("create table backdrop (truncated boolean)"),
                keeps("select dropped_tables from audit"),
                keeps("create function f() returns int language sql as $$ select 1 $$"),
                keeps("do $$ begin update customer set name = 'x' where name is null; end $$"),
                keeps("create trigger t before insert on customer for each row execute function f()"),
                keeps("call refresh_report()"),
                keeps("insert into log (path) values ('C:\\')"),
                // Tables and columns named with unreserved keywords, unquoted, as schemac writes them.
                keeps("update truncate set n = 0 where n is null"),
                keeps("update drop set type = 0 where type is null"),
                keeps("select setval(pg_get_serial_sequence('truncate', 'n'), coalesce(max(n), 0) + 1, false) "
                        + "from truncate"),
                keeps("alter table drop alter column n drop identity if exists"),
                keeps("alter table truncate add column drop text"),
                keeps("alter table type alter column type set not null"),
                keeps("alter table t alter type drop default"),
                keeps("alter table t alter column type drop identity if exists"),
                keeps("alter table drop add constraint drop_type_check check (type > 0)"),
                keeps("select case when x then truncate else drop end from t"),
                destroys("alter table t alter column type type bigint"),
                destroys("alter table drop drop column type"),
                destroys("alter table truncate alter type set data type text"));
    }

    private static Arguments destroys(String sql) {
        return Arguments.of(true, sql);
    }

    private static Arguments keeps(String sql) {
        return Arguments.of(false, sql);
    }

    @ParameterizedTest(name = "{1} destroys data: {0}")
    @MethodSource("statements")
    void flagsExactlyTheStatementsThatDestroyData(boolean destroys, String sql) {
        assertEquals(destroys, SqlRisk.destroysData(sql), sql);
    }

    @Test
    void handlesLongLiterals() {
        String big = "insert into doc (body) values ('" + "x".repeat(200_000) + "'), (\"" + "y".repeat(200_000)
                + "\"), ($$" + "z".repeat(200_000) + "$$)";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(SqlRisk.destroysData(big)));
        assertTrue(SqlRisk.destroysData(big + "; drop table doc"));
    }
}
