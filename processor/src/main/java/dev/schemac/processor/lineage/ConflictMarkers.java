package dev.schemac.processor.lineage;

import java.util.OptionalInt;

/** Finds the conflict markers git leaves in a file it could not merge. */
public final class ConflictMarkers {
    private static final String OURS = "<<<<<<<";
    private static final String THEIRS = ">>>>>>>";

    private ConflictMarkers() {
    }

    /** The 1-based number of the first line that starts a conflict ({@code <<<<<<<}, or {@code >>>>>>>}). */
    public static OptionalInt firstLine(String text) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (text.startsWith(OURS, start) || text.startsWith(THEIRS, start)) {
                return OptionalInt.of(line);
            }
            line++;
            start = end + 1;
        }
        return OptionalInt.empty();
    }
}
