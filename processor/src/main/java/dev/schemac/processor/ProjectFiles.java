package dev.schemac.processor;

import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import dev.schemac.processor.lineage.ConflictMarkers;
import dev.schemac.processor.lineage.Lineage;
import dev.schemac.processor.lineage.MigrationParent;
import dev.schemac.processor.lineage.Rebase;
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
import java.util.OptionalInt;
import java.util.stream.Collectors;

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
    private final int conflictLine;

    private ProjectFiles(List<MigrationSource> migrations, String migrationsProblem, Snapshot snapshot,
            boolean snapshotExists, String snapshotProblem, int conflictLine) {
        this.migrations = migrations;
        this.migrationsProblem = migrationsProblem;
        this.snapshot = snapshot;
        this.snapshotExists = snapshotExists;
        this.snapshotProblem = snapshotProblem;
        this.conflictLine = conflictLine;
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
            return new ProjectFiles(migrations, migrationsProblem, null, false, null, 0);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A merge's conflict markers would be a JSON syntax error; say what happened instead.
            OptionalInt conflict = ConflictMarkers.firstLine(text);
            if (conflict.isPresent()) {
                return new ProjectFiles(migrations, migrationsProblem, null, true, null, conflict.getAsInt());
            }
            return new ProjectFiles(migrations, migrationsProblem, SnapshotJson.read(text), true, null, 0);
        } catch (SnapshotFormatException e) {
            return new ProjectFiles(migrations, migrationsProblem, null, true, e.getMessage(), 0);
        } catch (IOException e) {
            return new ProjectFiles(migrations, migrationsProblem, null, true, e.toString(), 0);
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
     * cannot be used: unreadable, or not the result of exactly the migrations in the source tree (a branch
     * conflict).
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
        if (conflictLine > 0) {
            Path relative = relative(options, file);
            diagnostics.report(Message.SNAPSHOT_CONFLICT, null, file, conflictLine, relative, relative);
            return Optional.empty();
        }
        if (snapshotProblem != null) {
            diagnostics.report(Message.SNAPSHOT_INVALID, null, file, snapshotProblem);
            return Optional.empty();
        }
        List<Lineage.Conflict> conflicts = Lineage.check(snapshot, known);
        for (Lineage.Conflict conflict : conflicts) {
            report(conflict, options, diagnostics);
        }
        return conflicts.isEmpty() ? Optional.of(snapshot) : Optional.empty();
    }

    private void report(Lineage.Conflict conflict, Options options, Diagnostics diagnostics) {
        Path file = options.snapshot();
        if (conflict instanceof Lineage.Unrecorded unrecorded) {
            List<MigrationSource> local = unrecorded.migrations();
            boolean one = local.size() == 1;
            List<String> recorded = snapshot.migrations();
            String newest = recorded.isEmpty() ? "no migration" : recorded.get(recorded.size() - 1);
            diagnostics.report(Message.MIGRATION_UNRECORDED, null,
                    (one ? "migration " : "migrations ") + names(local, options), one ? "is" : "are", file, newest,
                    one ? "it was" : "they were", one ? "it" : "them", Rebase.FOLDER);
        } else if (conflict instanceof Lineage.SharedParent shared) {
            diagnostics.report(Message.MIGRATIONS_SHARE_PARENT, null, names(shared.migrations(), options),
                    shared.parent().equals(MigrationParent.NONE) ? "no migration" : "migration " + shared.parent(),
                    relative(options, file));
        }
    }

    private static String names(List<MigrationSource> migrations, Options options) {
        return migrations.stream().map(m -> relative(options, m.file()).toString())
                .collect(Collectors.joining(", "));
    }

    private static Path relative(Options options, Path file) {
        return file.startsWith(options.baseDir()) ? options.baseDir().relativize(file) : file;
    }
}
