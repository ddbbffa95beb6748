package dev.schemac.processor.snapshot;

/** Reads and writes the snapshot file: JSON with a format version, in a deterministic, review-friendly layout. */
public final class SnapshotJson {
    /** The snapshot format this version of schemac writes; it reads this one and {@link #FIRST_FORMAT}. */
    public static final int FORMAT = 2;
    /** The format before the snapshot recorded its migrations. */
    public static final int FIRST_FORMAT = 1;

    private SnapshotJson() {
    }

    /** The file's text for a snapshot; equal snapshots give identical text on every machine. */
    public static String write(Snapshot snapshot) {
        return SnapshotWriter.write(snapshot);
    }

    /** Reads a snapshot's text; the exception names the JSON path of the problem. */
    public static Snapshot read(String json) throws SnapshotFormatException {
        return SnapshotReader.read(json);
    }
}
