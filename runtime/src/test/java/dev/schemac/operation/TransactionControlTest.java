package dev.schemac.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which hand-written statements end or start a transaction, which a migration must not do. */
class TransactionControlTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "commit",
        "COMMIT WORK",
        "end",
        "rollback",
        "abort",
        "begin",
        "begin isolation level serializable",
        "start transaction",
        "prepare transaction 'x'",
        "commit prepared 'x'",
        "rollback prepared 'x'",
        "set transaction isolation level serializable",
        "create table a (x int); commit; select 1",
        "create table a (x int);commit",
        "select 1; /* why */ commit",
        "select 1;\n-- done\nend",
    })
    void findsTransactionControl(String sql) {
        assertTrue(TransactionControl.find(sql) != null, sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "savepoint before_backfill",
        "rollback to savepoint before_backfill",
        "rollback to before_backfill",
        "release savepoint before_backfill",
        "update commit set rollback = 1",
        "select 'commit'",
        "-- commit\nselect 1",
        "do $$ begin commit; end $$",
        "create procedure p() language sql begin atomic insert into t values (1); end",
        "select case when x then 1 else 2 end",
        "prepare stmt as select 1",
        "set search_path = app",
    })
    void letsOtherStatementsPass(String sql) {
        assertNull(TransactionControl.find(sql), sql);
    }

    @Test
    void executeSqlRefusesItNamingTheStatement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExecuteSql("create table half_a (x int); commit", null));

        assertTrue(e.getMessage().contains("'create table half_a (x int); commit'"), e.getMessage());
        assertTrue(e.getMessage().contains("'commit'"), e.getMessage());
        assertTrue(e.getMessage().contains("migration of its own"), e.getMessage());
    }

    @Test
    void namesWhatItFound() {
        assertEquals("start transaction", TransactionControl.find("start transaction read only"));
        assertEquals("rollback", TransactionControl.find("rollback prepared 'x'"));
    }
}
