package dev.schemac.processor;

import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.snapshot.SnapshotFormatException;
import dev.schemac.processor.snapshot.SnapshotJson;
import dev.schemac.processor.write.MigrationSource;
import dev.schemac.processor.write.MigrationSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migrations and the snapshot in the source tree. They do not depend on the entities, so the launcher reads
 * them on another thread while javac reads the entities; problems are kept and reported when they are used.
 */
public final class ProjectFiles {
    private final List<MigrationSource> migrations;
    private final String migrationsProblem;
    private final Snapshot snapshot;
    private final boolean snapshotExists;
    private final String snapshotProblem;

    private ProjectFiles(List<MigrationSource> migrations, String migrationsProblem, Snapshot snapshot,
            boolean snapshotExists, String snapshotProblem) {
        this.migrations = migrations;
        this.migrationsProblem = migrationsProblem;
        this.snapshot = snapshot;
        this.snapshotExists = snapshotExists;
        this.snapshotProblem = snapshotProblem;
    }

    /** Reads both; never throws. */
    public static ProjectFiles read(Options options) {
        List<MigrationSource> migrations = null;
        String migrationsProblem = null;
        try {
            migrations = MigrationSources.scan(options.migrationDir(), options.migrationPackage());
        } catch (IOException e) {
            migrationsProblem = e.getMessage();
        }
        Path file = options.snapshot();
        if (!Files.exists(file)) {
            return new ProjectFiles(migrations, migrationsProblem, null, false, null);
        }
        try {
            return new ProjectFiles(migrations, migrationsProblem,
                    SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8)), true, null);
        } catch (SnapshotFormatException e) {
            return new ProjectFiles(migrations, migrationsProblem, null, true, e.getMessage());
        } catch (IOException e) {
            return new ProjectFiles(migrations, migrationsProblem, null, true, e.toString());
        }
    }

    /** The migrations, or empty after reporting why they cannot be read. */
    Optional<List<MigrationSource>> migrations(Options options, Diagnostics diagnostics) {
        if (migrationsProblem != null) {
            diagnostics.report(Message.MIGRATION_SOURCE_INVALID, null, options.migrationDir(), migrationsProblem);
            return Optional.empty();
        }
        return Optional.of(migrations);
    }

    /**
     * The snapshot (empty for a project without one and without migrations), or empty after reporting why it
     * cannot be used.
     */
    Optional<Snapshot> snapshot(Options options, Diagnostics diagnostics, List<MigrationSource> known) {
        Path file = options.snapshot();
        if (!snapshotExists) {
            if (!known.isEmpty()) {
                diagnostics.report(Message.SNAPSHOT_MISSING, null, file, known.size(), options.migrationDir());
                return Optional.empty();
            }
            return Optional.of(Snapshot.EMPTY);
        }
        if (snapshotProblem != null) {
            diagnostics.report(Message.SNAPSHOT_INVALID, null, file, snapshotProblem);
            return Optional.empty();
        }
        return Optional.of(snapshot);
    }
}
