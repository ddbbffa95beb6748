package dev.schemac.processor.lineage;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.processor.snapshot.Snapshot;
import dev.schemac.processor.write.MigrationSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the migrations in the source tree relate to the snapshot: which ones it records, which state each was
 * generated from, and whether two branches each generated a migration from the same state. A migration generated
 * on another snapshot than the committed one holds changes the snapshot does not know of (or lacks changes it
 * does), so the next diff would be wrong; this is found before anything is compared or written.
 */
public final class Lineage {
    private Lineage() {
    }

    /** Why the migrations and the snapshot do not form one line of history. */
    public sealed interface Conflict {
    }

    /**
     * Migrations in the source tree that the snapshot does not record: generated from another snapshot, typically
     * on a branch whose snapshot a merge did not keep.
     *
     * @param migrations in version order
     */
    public record Unrecorded(List<MigrationSource> migrations) implements Conflict {
    }

    /**
     * Migrations generated from the same state of the snapshot, each without the other's changes.
     *
     * @param parent the version of that state's newest migration, or {@link MigrationParent#NONE}
     * @param migrations in version order
     */
    public record SharedParent(String parent, List<MigrationSource> migrations) implements Conflict {
    }

    /**
     * The conflicts between {@code snapshot} and {@code migrations}: unrecorded migrations if there are any, else
     * each group of recorded migrations that name one parent (migrations that name none are left out).
     */
    public static List<Conflict> check(Snapshot snapshot, List<MigrationSource> migrations) {
        List<MigrationSource> unrecorded = unrecorded(snapshot, migrations);
        if (!unrecorded.isEmpty()) {
            return List.of(new Unrecorded(unrecorded));
        }
        Map<String, List<MigrationSource>> byParent = new TreeMap<>(IndexEntry.VERSION_ORDER);
        for (MigrationSource migration : migrations) {
            String parent = migration.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(migration);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        byParent.forEach((parent, children) -> {
            if (children.size() > 1) {
                conflicts.add(new SharedParent(parent, children));
            }
        });
        return conflicts;
    }

    /** The migrations {@code snapshot} does not record; none when it predates recording (format 1). */
    public static List<MigrationSource> unrecorded(Snapshot snapshot, List<MigrationSource> migrations) {
        if (!snapshot.recordsMigrations()) {
            return List.of();
        }
        Set<String> recorded = new HashSet<>(snapshot.migrations());
        return migrations.stream().filter(m -> !recorded.contains(m.version())).toList();
    }

    /**
     * The versions {@code snapshot} stands for: those it records, or for a format 1 snapshot every migration in the
     * source tree (it was written after each of them).
     */
    public static List<String> recorded(Snapshot snapshot, List<MigrationSource> migrations) {
        return snapshot.recordsMigrations() ? snapshot.migrations()
                : migrations.stream().map(MigrationSource::version).toList();
    }

    /** The parent a migration generated now from {@code snapshot} names. */
    public static String parentOfNext(Snapshot snapshot, List<MigrationSource> migrations) {
        List<String> recorded = recorded(snapshot, migrations);
        return recorded.isEmpty() ? MigrationParent.NONE : recorded.get(recorded.size() - 1);
    }

    /** The versions the snapshot written with migration {@code version} records. */
    public static List<String> after(Snapshot snapshot, List<MigrationSource> migrations, String version) {
        List<String> next = new ArrayList<>(recorded(snapshot, migrations));
        next.add(version);
        next.sort(IndexEntry.VERSION_ORDER);
        return next;
    }
}
