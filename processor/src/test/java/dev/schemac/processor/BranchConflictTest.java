package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.schemac.processor.lineage.Rebase;
import dev.schemac.processor.snapshot.SnapshotFormatException;
import dev.schemac.processor.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two branches that each generated a migration from the same snapshot, merged: found before anything is compared or
 * written, in both modes, and repaired by moving the local migration aside and generating again.
 */
class BranchConflictTest {
    private static final String BASE = "20260101000000";
    private static final String A = "V20260102000000__CreateReview.java";
    private static final String B = "V20260103000000__AlterProductName.java";
    private static final String B_PATH = TestProject.MIGRATIONS + "/" + B;

    @TempDir
    Path dir;
    /** Outside the project: git's files and a project with one line of history. */
    @TempDir
    Path scratch;
    private TestProject project;
    /** Branch B's migration, generated from the base snapshot. */
    private String migrationB;
    private String snapshotB;
    private String snapshotBase;

    @BeforeEach
    void twoBranchesMerged() {
        project = new TestProject(dir);
        assertThat(SchemacCompiler.generate(project, BASE).compile(ShopModel.files(ShopModel.release1())))
                .succeeded();
        Map<String, String> base = project.contents();
        snapshotBase = project.read(TestProject.SNAPSHOT);
        assertThat(SchemacCompiler.generate(project, "20260103000000").option(Options.NAME, "alter product name")
                .compile(ShopModel.files(branchB()))).succeeded();
        migrationB = project.read(B_PATH);
        snapshotB = project.read(TestProject.SNAPSHOT);
        project.restore(base);
        assertThat(SchemacCompiler.generate(project, "20260102000000").option(Options.NAME, "create review")
                .compile(ShopModel.files(branchA()))).succeeded();
        // What merging B into A gives when the merge keeps A's snapshot: both migrations, A's snapshot.
        project.write(B_PATH, migrationB);
        project.ageFiles();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void aMigrationTheSnapshotDoesNotRecordIsAnError(String mode) {
        Map<String, String> before = project.state();

        Compilation compilation = compile(mode);

        assertOnlyError(compilation, "[schemac:branch-conflict] migration " + B_PATH + " is not recorded in the"
                + " snapshot " + project.path(TestProject.SNAPSHOT) + " (its newest migration: 20260102000000): it"
                + " was generated from another state of the snapshot, typically on a branch whose snapshot the merge"
                + " did not keep. Run 'mvn schemac:rebase': it moves it aside to target/schemac/rebased and generates"
                + " one migration with these changes on top of the snapshot; then review it and commit it with the"
                + " snapshot");
        assertEquals(before, project.state(), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void twoMigrationsFromOneStateAreAnErrorEvenWhenTheSnapshotRecordsBoth(String mode) {
        // A snapshot merged by hand: the lists of both sides.
        project.write(TestProject.SNAPSHOT, project.read(TestProject.SNAPSHOT)
                .replace("    \"20260102000000\"\n", "    \"20260102000000\",\n    \"20260103000000\"\n"));
        Map<String, String> before = project.state();

        Compilation compilation = compile(mode);

        assertOnlyError(compilation, "[schemac:branch-conflict] migrations " + TestProject.MIGRATIONS + "/" + A + ", "
                + B_PATH + " were each generated from the snapshot after migration " + BASE + ", without each"
                + " other's changes, so the snapshot cannot be the result of all of them. Take the snapshot of the"
                + " branch you merged ('git checkout <that branch> -- " + TestProject.SNAPSHOT + "'), which records"
                + " only its own migration, then run 'mvn schemac:rebase' to generate yours again on top of it");
        assertEquals(before, project.state(), "nothing written");
    }

    @Test
    void gitCannotMergeTheSnapshotsOfTwoBranchesThatEachGeneratedAMigration() throws Exception {
        String merged = conflicted();

        assertTrue(merged.contains("\n<<<<<<< ours\n"), merged);
        assertTrue(merged.contains("\n>>>>>>> theirs\n"), merged);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void conflictMarkersInTheSnapshotAreAnErrorThatSaysHowToResolveThem(String mode) throws Exception {
        String conflicted = conflicted();
        project.write(TestProject.SNAPSHOT, conflicted);
        Map<String, String> before = project.state();

        Compilation compilation = compile(mode);

        assertOnlyError(compilation, "[schemac:branch-conflict] the snapshot " + project.path(TestProject.SNAPSHOT)
                + " has git conflict markers (line " + firstMarker(conflicted) + "): two branches each generated a migration. Do not merge it by"
                + " hand. Take the snapshot of the branch you merged: 'git checkout --theirs -- " + TestProject.SNAPSHOT
                + "' while merging, 'git checkout --ours -- " + TestProject.SNAPSHOT + "' while rebasing (git swaps"
                + " the sides), then run 'mvn schemac:rebase' to generate your changes again on top of it");
        assertEquals(before, project.state(), "nothing written");
    }

    @Test
    void rebaseMovesTheLocalMigrationAsideAndGenerationPutsItsChangesOnTopOfTheSnapshot() throws Exception {
        List<Rebase.Moved> moved = Rebase.moveAside(options(), project.path(Rebase.FOLDER));

        assertEquals(1, moved.size());
        assertEquals(project.path(Rebase.FOLDER + "/" + B), moved.get(0).movedTo());
        assertEquals(migrationB, project.read(Rebase.FOLDER + "/" + B), "moved as it was");
        assertEquals(List.of(), moved.get(0).handWritten());
        assertFalse(project.exists(B_PATH));

        Compilation compilation = SchemacCompiler.generate(project, "20260104000000")
                .option(Options.NAME, "alter product name").compile(ShopModel.files(merged()));

        assertThat(compilation).succeededWithoutWarnings();
        String rebased = project.read(TestProject.MIGRATIONS + "/V20260104000000__AlterProductName.java");
        assertTrue(rebased.startsWith("// schemac parent: 20260102000000 "), rebased);
        assertEquals(body(migrationB), body(rebased), "the same changes, now on top of A");
        assertEquals(List.of(BASE, "20260102000000", "20260104000000"),
                SnapshotJson.read(project.read(TestProject.SNAPSHOT)).migrations());
        assertEquals(schemaOf(linear()), schemaOf(project.read(TestProject.SNAPSHOT)),
                "the schema one line of history gives");
        assertThat(compile("check")).succeededWithoutWarnings();
    }

    @Test
    void rebaseRefusesASnapshotWithConflictMarkers() throws Exception {
        String conflicted = conflicted();
        project.write(TestProject.SNAPSHOT, conflicted);
        Map<String, String> before = project.state();

        Rebase.Refused refused = assertThrows(Rebase.Refused.class,
                () -> Rebase.moveAside(options(), project.path(Rebase.FOLDER)));

        assertEquals("the snapshot " + project.path(TestProject.SNAPSHOT) + " still has git conflict markers (line "
                + firstMarker(conflicted) + "). Take the snapshot of the branch you merged, then run this goal again: 'git checkout --theirs"
                + " -- " + TestProject.SNAPSHOT + "' while merging (theirs is the branch you merge in), 'git checkout"
                + " --ours -- " + TestProject.SNAPSHOT + "' while rebasing (there ours is the branch you rebase onto)",
                refused.getMessage());
        assertEquals(before, project.state());
    }

    @Test
    void rebaseRefusesASnapshotThatRecordsTwoMigrationsFromOneState() {
        project.write(TestProject.SNAPSHOT, project.read(TestProject.SNAPSHOT)
                .replace("    \"20260102000000\"\n", "    \"20260102000000\",\n    \"20260103000000\"\n"));
        Map<String, String> before = project.state();

        Rebase.Refused refused = assertThrows(Rebase.Refused.class,
                () -> Rebase.moveAside(options(), project.path(Rebase.FOLDER)));

        assertEquals("the snapshot records migrations " + A + ", " + B + ", which were each generated from the same"
                + " state, so it cannot tell which one is yours. Take the snapshot of the branch you merged ('git"
                + " checkout <that branch> -- " + TestProject.SNAPSHOT + "'), then run this goal again",
                refused.getMessage());
        assertEquals(before, project.state());
    }

    @Test
    void rebaseMovesNothingWhenTheSnapshotRecordsEveryMigration() throws Exception {
        project.delete(B_PATH);
        Map<String, String> before = project.state();

        assertEquals(List.of(), Rebase.moveAside(options(), project.path(Rebase.FOLDER)));
        assertEquals(before, project.state());
    }

    @Test
    void rebaseNamesTheHandWrittenLinesOfAMovedMigration() throws Exception {
        String up = "    public void up(SchemaChanges schema) {\n";
        project.write(B_PATH, migrationB.replace(up,
                up + "        schema.sql(\"update product set name = trim(name)\");\n"));

        List<Rebase.Moved> moved = Rebase.moveAside(options(), project.path(Rebase.FOLDER));

        assertEquals(1, moved.size());
        List<String> lines = moved.get(0).handWritten();
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).endsWith(": schema.sql(\"update product set name = trim(name)\");"), lines::toString);
    }

    @Test
    void aSnapshotOfFormat1RecordsEveryMigrationPresentAndTheNextGenerationWritesTheList() throws Exception {
        project.delete(B_PATH);
        String snapshot = project.read(TestProject.SNAPSHOT);
        project.write(TestProject.SNAPSHOT, snapshot.replace("\"format\": 2", "\"format\": 1")
                .replace("  \"migrations\": [\n    \"20260101000000\",\n    \"20260102000000\"\n  ],\n", ""));
        assertThat(SchemacCompiler.check(project).compile(ShopModel.files(branchA()))).succeededWithoutWarnings();

        assertThat(SchemacCompiler.generate(project, "20260105000000").compile(ShopModel.files(merged())))
                .succeeded();

        assertEquals(List.of(BASE, "20260102000000", "20260105000000"),
                SnapshotJson.read(project.read(TestProject.SNAPSHOT)).migrations());
        assertTrue(project.read(TestProject.MIGRATIONS + "/V20260105000000__AlterProduct.java")
                .startsWith("// schemac parent: 20260102000000 "));
    }

    @Test
    void aNewMigrationSortsAfterEveryMigrationTheSnapshotRecordsEvenWithoutItsFile() throws Exception {
        project.delete(B_PATH);
        project.delete(TestProject.MIGRATIONS + "/" + A);
        project.write(TestProject.SNAPSHOT, project.read(TestProject.SNAPSHOT)
                .replace("\"20260102000000\"", "\"99990101000000\""));

        Compilation forced = SchemacCompiler.generate(project, "20260103000000").compile(ShopModel.files(merged()));
        assertThat(forced).hadErrorContaining("[schemac:options] -Aschemac.version=20260103000000 is not after the"
                + " snapshot's newest migration, 99990101000000: a new migration must sort last");

        assertThat(SchemacCompiler.generate(project).compile(ShopModel.files(merged()))).succeeded();
        assertEquals(List.of(BASE, "99990101000000", "99990101000001"),
                SnapshotJson.read(project.read(TestProject.SNAPSHOT)).migrations());
        assertTrue(project.exists(TestProject.MIGRATIONS + "/V99990101000001__AlterProduct.java"),
                project.migrations()::toString);
    }

    /** Branch A adds the entity Review. */
    private static Map<String, String> branchA() {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Review", ShopModel.REVIEW);
        return sources;
    }

    /** Branch B makes the product name longer. */
    private static Map<String, String> branchB() {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Product", ShopModel.PRODUCT_2);
        return sources;
    }

    /** The entities after the merge: both changes. */
    private static Map<String, String> merged() {
        Map<String, String> sources = branchA();
        sources.put("Product", ShopModel.PRODUCT_2);
        return sources;
    }

    /** A's and B's snapshot as git's three-way merge leaves them: git merge-file, run for real. */
    private String conflicted() throws IOException, InterruptedException {
        Path git = Files.createDirectories(scratch.resolve("git"));
        Files.writeString(git.resolve("ours"), project.read(TestProject.SNAPSHOT), StandardCharsets.UTF_8);
        Files.writeString(git.resolve("base"), snapshotBase, StandardCharsets.UTF_8);
        Files.writeString(git.resolve("theirs"), snapshotB, StandardCharsets.UTF_8);
        Process merge = new ProcessBuilder("git", "merge-file", "-p", "ours", "base", "theirs")
                .directory(git.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String merged = new String(merge.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // Its exit code is the number of conflicts.
        assertTrue(merge.waitFor() > 0, "git merged the snapshots without a conflict:\n" + merged);
        return merged;
    }

    /** The number of the line where the first conflict starts. */
    private static int firstMarker(String text) {
        return text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith("<<<<<<<")).findFirst()
                .orElseThrow()) + 1;
    }

    /** The snapshot that generating A and then B's change one after the other gives. */
    private String linear() {
        TestProject straight = new TestProject(scratch.resolve("straight"));
        SchemacCompiler.generate(straight, BASE).compile(ShopModel.files(ShopModel.release1()));
        SchemacCompiler.generate(straight, "20260102000000").compile(ShopModel.files(branchA()));
        assertThat(SchemacCompiler.generate(straight, "20260104000000").compile(ShopModel.files(merged())))
                .succeeded();
        return straight.read(TestProject.SNAPSHOT);
    }

    private static Object schemaOf(String snapshot) throws SnapshotFormatException {
        return SnapshotJson.read(snapshot).schema();
    }

    /** A migration's code from its first method on: what it does, without its name, parent and Javadoc. */
    private static String body(String migration) {
        return migration.substring(migration.indexOf("    @Override"));
    }

    private Options options() {
        return Options.parse(Map.of(Options.BASE_DIR, dir.toString(), Options.MODE, "generate"), Map.of());
    }

    private Compilation compile(String mode) {
        SchemacCompiler compiler = mode.equals("check") ? SchemacCompiler.check(project)
                : SchemacCompiler.generate(project, "20260109000000");
        return compiler.compile(ShopModel.files(merged()));
    }

    private static void assertOnlyError(Compilation compilation, String message) {
        assertThat(compilation).failed();
        List<String> errors = compilation.errors().stream().map(e -> e.getMessage(Locale.ROOT)).toList();
        assertEquals(List.of(message), errors);
        assertNull(compilation.errors().get(0).getSource());
    }
}
