package dev.schemac.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.testing.Catalog;
import dev.schemac.testing.DatabaseTest;
import dev.schemac.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goals (migrate, status, script, baseline) in real {@code mvn} runs of the compiled sample shop, on
 * real PostgreSQL (embedded, or the server of {@code SCHEMAC_TEST_JDBC_URL}), failure paths included.
 */
@DatabaseTest
class OperateGoalsIT {
    /** Given when the test server needs no password (embedded trusts local connections): it must never show. */
    private static final String STAND_IN_PASSWORD = "s3cret-never-logged";
    private static SampleProject shop;
    private TestDatabase db;

    @BeforeAll
    static void compileShop() throws Exception {
        shop = SampleProject.copy("shop", "operateGoals");
        Maven.Result compile = Maven.run(shop.dir(), "compile");
        assertTrue(compile.succeeded(), compile.output());
        assertEquals(1, shop.migrations().size(), shop.migrations()::toString);
    }

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void statusShowsPendingThenMigrateAppliesItAndStatusShowsItApplied() throws Exception {
        Maven.Result before = goal("status", "-Dschemac.failOnAttention=true");
        assertTrue(before.succeeded(), "pending needs no attention:\n" + before.output());
        assertTrue(before.output().contains("| PENDING"), before.output());
        assertTrue(before.output().contains("1 pending: ok (history table schemac_history)"), before.output());

        Maven.Result migrate = goal("migrate");
        assertTrue(migrate.succeeded(), migrate.output());
        assertTrue(migrate.output().matches("(?s).*schemac migrate: applied \\d{14} \\w+ \\(\\d+ statement\\(s\\)\\) "
                + "in \\d+ ms.*"), migrate.output());
        assertPasswordHidden(migrate);

        Maven.Result after = goal("status");
        assertTrue(after.succeeded(), after.output());
        assertTrue(after.output().contains("| APPLIED"), after.output());
        assertTrue(after.output().contains("1 applied: ok"), after.output());
    }

    @Test
    void aChangedChecksumFailsStatusOnRequestAndMigrate() throws Exception {
        assertTrue(goal("migrate").succeeded());
        db.execute("update schemac_history set checksum = 'edited'");

        Maven.Result status = goal("status", "-Dschemac.failOnAttention=true");
        assertFalse(status.succeeded(), status.output());
        assertTrue(status.output().contains("| CHECKSUM_MISMATCH"), status.output());
        assertTrue(status.output().contains("migrations need attention"), status.output());
        assertTrue(goal("status").succeeded(), "without failOnAttention status only reports");

        Maven.Result migrate = goal("migrate");
        assertFalse(migrate.succeeded(), migrate.output());
        assertTrue(migrate.output().contains("schemac migrate failed [CHECKSUM_MISMATCH]"), migrate.output());
    }

    @Test
    void anAppliedVersionUnknownToTheCodeFailsStatusOnRequestAndMigrate() throws Exception {
        assertTrue(goal("migrate").succeeded());
        db.execute("insert into schemac_history (version, description, checksum, duration_ms, success) "
                + "values ('20000101000000', 'FromAnotherBranch', 'x', 1, true)");

        Maven.Result status = goal("status", "-Dschemac.failOnAttention=true");
        assertFalse(status.succeeded(), status.output());
        assertTrue(status.output().matches("(?s).*20000101000000 \\| FromAnotherBranch +\\| UNKNOWN_TO_CODE .*"),
                status.output());

        Maven.Result migrate = goal("migrate");
        assertFalse(migrate.succeeded(), migrate.output());
        assertTrue(migrate.output().contains("[APPLIED_MIGRATION_NOT_IN_CODE]"), migrate.output());
    }

    @Test
    void productionWithoutOrWithAWrongConfirmationMigratesNothing() throws Exception {
        Maven.Result missing = goal("migrate", "-Dschemac.production=true");
        assertFalse(missing.succeeded(), missing.output());
        assertTrue(missing.output().contains("is marked production (schemac.production=true); confirm by repeating "
                + "the database's name: -Dschemac.confirm=" + db.name()), missing.output());

        Maven.Result wrong = goal("migrate", "-Dschemac.production=true", "-Dschemac.confirm=shop_prod");
        assertFalse(wrong.succeeded(), wrong.output());
        assertTrue(wrong.output().contains("schemac.confirm is 'shop_prod' but the production database is '"
                + db.name() + "'"), wrong.output());
        assertNoHistory();

        Maven.Result confirmed = goal("migrate", "-Dschemac.production=true", "-Dschemac.confirm=" + db.name());
        assertTrue(confirmed.succeeded(), confirmed.output());
    }

    @Test
    void aMissingPgDumpStopsTheMigrationBeforeAnyChange() throws Exception {
        Maven.Result result = goal("migrate", "-Dschemac.production=true", "-Dschemac.confirm=" + db.name(),
                "-Dschemac.backupDir=" + shop.file("target/backups"), "-Dschemac.pgDump=/nonexistent/pg_dump");

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("schemac.pgDump is /nonexistent/pg_dump, which is not an executable "
                + "file"), result.output());
        assertTrue(result.output().contains("Nothing was migrated."), result.output());
        assertNoHistory();
    }

    @Test
    void aFailingPgDumpStopsTheMigrationBeforeAnyChange() throws Exception {
        Path failing = standInPgDump("failing-pg_dump", "echo 'pg_dump: error: connection refused' >&2\nexit 1\n");

        Maven.Result result = goal("migrate", "-Dschemac.backupDir=" + shop.file("target/backups-failing"),
                "-Dschemac.pgDump=" + failing);

        assertFalse(result.succeeded(), result.output());
        assertTrue(result.output().contains("pg_dump failed with exit code 1: pg_dump: error: connection refused"),
                result.output());
        assertNoHistory();
    }

    /**
     * A stand-in for pg_dump that notes how it was called, to check the plumbing: the password reaches it through
     * PGPASSWORD and never through its arguments. (The machine's real pg_dump is older than the embedded server,
     * which pg_dump refuses.)
     */
    @Test
    void theBackupIsWrittenBeforeMigratingWithThePasswordOnlyInTheEnvironment() throws Exception {
        Path standIn = standInPgDump("noting-pg_dump", """
                for a in "$@"; do case "$a" in --file=*) f="${a#--file=}";; esac; done
                printf 'args: %s\\nPGPASSWORD: %s\\n' "$*" "$PGPASSWORD" > "$f"
                """);
        Path backups = shop.file("target/backups-ok");

        Maven.Result result = goal("migrate", "-Dschemac.backupDir=" + backups, "-Dschemac.pgDump=" + standIn);

        assertTrue(result.succeeded(), result.output());
        List<Path> dumps;
        try (Stream<Path> files = Files.list(backups)) {
            dumps = files.toList();
        }
        assertEquals(1, dumps.size(), dumps::toString);
        assertTrue(dumps.get(0).getFileName().toString().matches(db.name() + "-\\d{8}T\\d{6}Z\\.dump"),
                dumps.toString());
        String noted = Files.readString(dumps.get(0), StandardCharsets.UTF_8);
        assertTrue(noted.contains("--format=custom") && noted.contains("--dbname=" + db.name()), noted);
        assertTrue(noted.contains("PGPASSWORD: " + password()), noted);
        assertFalse(noted.lines().filter(l -> l.startsWith("args:")).findFirst().orElseThrow()
                .contains(password()), noted);
        assertTrue(result.output().indexOf("backup written to") < result.output().indexOf("applied 1 migration"),
                result.output());
        assertPasswordHidden(result);
    }

    @Test
    void scriptWritesAnIdempotentScriptThatLeavesWhatMigrateWould() throws Exception {
        Path file = shop.file("target/pending-" + db.name() + ".sql");
        Maven.Result result = goal("script", "-Dschemac.idempotent=true", "-Dschemac.scriptFile=" + file);
        assertTrue(result.succeeded(), result.output());
        String script = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(script.startsWith("-- schemac idempotent script: 1 pending migration(s)"), script);

        for (int run = 0; run < 2; run++) {
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute(script);
            }
        }

        Maven.Result status = goal("status", "-Dschemac.failOnAttention=true");
        assertTrue(status.succeeded(), status.output());
        assertTrue(status.output().contains("1 applied: ok"), status.output());
    }

    @Test
    void scriptOfARangeNeedsNoDatabase() throws Exception {
        Maven.Result result = Maven.run(shop.dir(), "-Dschemac.from=1", "schemac:script");
        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("-- schemac script: 1 migration(s) from 1 to the last"),
                result.output());
        assertTrue(result.output().contains("create table customer"), result.output());
        assertTrue(result.output().contains("-- [safe] create table customer: new table"), result.output());
        assertTrue(result.output().contains("online mode on"), result.output());
    }

    @Test
    void scriptFollowsTheOnlineSetting() throws Exception {
        Maven.Result result = Maven.run(shop.dir(), "-Dschemac.from=1", "-Dschemac.online=false", "schemac:script");
        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("-- schemac script: 1 migration(s) from 1 to the last, history table "
                + "schemac_history, online mode off"), result.output());
    }

    @Test
    void baselineRecordsAMatchingDatabaseAndRefusesADifferentOne() throws Exception {
        assertTrue(goal("migrate").succeeded());
        db.execute("drop table schemac_history");

        Maven.Result baseline = goal("baseline");
        assertTrue(baseline.succeeded(), baseline.output());
        assertTrue(baseline.output().contains("recorded 1 migration(s) as applied without running them"),
                baseline.output());
        assertTrue(goal("status").output().contains("1 applied: ok"));

        try (TestDatabase other = TestDatabase.create()) {
            other.execute("create table customer (id bigint primary key)");
            Maven.Result refused = goal(other, "baseline");
            assertFalse(refused.succeeded(), refused.output());
            assertTrue(refused.output().contains("[SCHEMA_MISMATCH]"), refused.output());
            assertTrue(refused.output().contains("column customer.email is missing"), refused.output());
            assertEquals(List.of("f"), new Catalog(other.dataSource()).strings(
                    "select (to_regclass('schemac_history') is not null)::text::char"));
        }
    }

    @Test
    void aPasswordInTheUrlIsNotShown() throws Exception {
        Maven.Result result = Maven.run(shop.dir(), "-Dschemac.url=" + url(db) + "?password=" + password(),
                "-Dschemac.user=" + db.user(), "schemac:status");
        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("?password=***"), result.output());
        assertPasswordHidden(result);
    }

    @Test
    void theCredentialsComeFromAServerInTheSettings() throws Exception {
        Path settings = shop.file("target/server-settings.xml");
        Files.writeString(settings, "<settings><servers><server><id>shop-db</id><username>" + db.user()
                + "</username><password>" + password() + "</password></server></servers></settings>\n");

        Maven.Result result = Maven.run(shop.dir(), "-gs", settings.toString(), "-Dschemac.url=" + url(db),
                "-Dschemac.serverId=shop-db", "schemac:migrate");

        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains(" as " + db.user()), result.output());
        assertPasswordHidden(result);
        Maven.Result unknown = Maven.run(shop.dir(), "-Dschemac.url=" + url(db), "-Dschemac.serverId=nope",
                "schemac:status");
        assertFalse(unknown.succeeded(), unknown.output());
        assertTrue(unknown.output().contains("settings.xml has no <server> with that id"), unknown.output());
    }

    private Maven.Result goal(String goal, String... properties) throws Exception {
        return goal(db, goal, properties);
    }

    private Maven.Result goal(TestDatabase target, String goal, String... properties) throws Exception {
        List<String> args = new ArrayList<>(List.of("-Dschemac.url=" + url(target), "-Dschemac.user=" + target.user(),
                "-Dschemac.password=" + password()));
        args.addAll(List.of(properties));
        args.add("schemac:" + goal);
        return Maven.run(shop.dir(), args.toArray(String[]::new));
    }

    private String password() {
        return db.password() == null || db.password().isEmpty() ? STAND_IN_PASSWORD : db.password();
    }

    /** The database's URL without the user and password that {@link TestDatabase#jdbcUrl()} carries. */
    private static String url(TestDatabase target) {
        return target.jdbcUrl().replaceFirst("\\?.*", "");
    }

    private void assertPasswordHidden(Maven.Result result) {
        assertFalse(result.output().contains(password()), "the password shows in the output:\n" + result.output());
    }

    private void assertNoHistory() {
        assertEquals(List.of("f"), new Catalog(db.dataSource()).strings(
                "select (to_regclass('schemac_history') is not null)::text::char"), "nothing was migrated");
    }

    private static Path standInPgDump(String name, String body) throws Exception {
        Path file = shop.file("target/" + name);
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
