package dev.schemac.processor.lineage;

import dev.schemac.processor.Options;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.snapshot.SnapshotFormatException;
import dev.schemac.processor.snapshot.SnapshotJson;
import dev.schemac.processor.write.MigrationSource;
import dev.schemac.processor.write.MigrationSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The first half of the {@code rebase} goal: moves the migrations the snapshot does not record (the local ones, after
 * a merge kept the other branch's snapshot) out of the source tree, so that generation then writes one migration
 * with their changes on top of the merged snapshot. Nothing is deleted: a moved migration may hold hand edits.
 */
public final class Rebase {
    /** Where the goal moves the migrations, relative to the project. */
    public static final String FOLDER = "target/schemac/rebased";

    private Rebase() {
    }

    /**
     * A migration moved out of the source tree.
     *
     * @param migration where it was
     * @param movedTo where it is now
     * @param handWritten the lines of its code that a person probably wrote (SQL, approvals), with their numbers;
     *     generation cannot write them again
     */
    public record Moved(MigrationSource migration, Path movedTo, List<String> handWritten) {
        public Moved {
            handWritten = List.copyOf(handWritten);
        }
    }

    /** Why the source tree cannot be rebased as it is; the message says what to do. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Moves every migration the snapshot does not record into {@code folder}; none when it records them all.
     *
     * @throws Refused when the snapshot cannot be read or still has conflict markers, or when migrations the
     *     snapshot records were generated from the same state (the wrong snapshot was kept)
     * @throws IOException when a file cannot be moved; the ones moved before are listed in the message
     */
    public static List<Moved> moveAside(Options options, Path folder) throws Refused, IOException {
        Snapshot snapshot = snapshot(options);
        List<MigrationSource> migrations;
        try {
            migrations = MigrationSources.scan(options.migrationDir(), options.migrationPackage());
        } catch (IOException e) {
            throw new Refused("cannot read the migrations in " + options.migrationDir() + ": " + e.getMessage());
        }
        List<MigrationSource> local = Lineage.unrecorded(snapshot, migrations);
        if (local.isEmpty()) {
            refuseSharedParents(snapshot, migrations, options);
            return List.of();
        }
        List<Moved> moved = new ArrayList<>();
        Files.createDirectories(folder);
        for (MigrationSource migration : local) {
            String source = Files.readString(migration.file(), StandardCharsets.UTF_8);
            Path target = free(folder, migration.file().getFileName().toString());
            try {
                Files.move(migration.file(), target);
            } catch (IOException e) {
                throw new IOException("cannot move " + migration.file() + " to " + target + " (" + e + ")"
                        + (moved.isEmpty() ? "" : "; already moved: " + moved.stream()
                                .map(m -> m.migration().file() + " to " + m.movedTo())
                                .collect(Collectors.joining(", "))), e);
            }
            moved.add(new Moved(migration, target, handWritten(source)));
        }
        return moved;
    }

    private static Snapshot snapshot(Options options) throws Refused {
        Path file = options.snapshot();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused("cannot read the snapshot " + file + " (" + e + "); restore it from version control");
        }
        OptionalInt conflict = ConflictMarkers.firstLine(text);
        if (conflict.isPresent()) {
            Path relative = options.baseDir().relativize(file);
            throw new Refused("the snapshot " + file + " still has git conflict markers (line " + conflict.getAsInt()
                    + "). Take the snapshot of the branch you merged, then run this goal again: 'git checkout --theirs"
                    + " -- " + relative + "' while merging (theirs is the branch you merge in), 'git checkout --ours"
                    + " -- " + relative + "' while rebasing (there ours is the branch you rebase onto)");
        }
        try {
            return SnapshotJson.read(text);
        } catch (SnapshotFormatException e) {
            throw new Refused("the snapshot " + file + " cannot be read: " + e.getMessage() + ". Restore the snapshot"
                    + " of the branch you merged from version control, then run this goal again");
        }
    }

    private static void refuseSharedParents(Snapshot snapshot, List<MigrationSource> migrations, Options options)
            throws Refused, IOException {
        for (Lineage.Conflict conflict : Lineage.check(snapshot, migrations)) {
            if (conflict instanceof Lineage.SharedParent shared) {
                throw new Refused("the snapshot records migrations " + shared.migrations().stream()
                        .map(m -> m.file().getFileName().toString()).collect(Collectors.joining(", "))
                        + ", which were each generated from the same state, so it cannot tell which one is yours."
                        + " Take the snapshot of the branch you merged ('git checkout <that branch> -- "
                        + options.baseDir().relativize(options.snapshot()) + "'), then run this goal again");
            }
        }
    }

    /** {@code name} in {@code folder}, or with a number appended when a migration of that name was moved before. */
    private static Path free(Path folder, String name) {
        Path target = folder.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(name + "." + i);
        }
        return target;
    }

    /** Code lines schemac generates only as a comment, if at all: {@code sql(...)} and approvals. */
    static List<String> handWritten(String source) {
        List<String> lines = new ArrayList<>();
        String[] all = source.split("\r?\n|\r", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (!line.startsWith("//") && !line.startsWith("*") && (line.contains("sql(")
                    || line.contains("approveDataLoss("))) {
                lines.add((i + 1) + ": " + line);
            }
        }
        return lines;
    }
}
