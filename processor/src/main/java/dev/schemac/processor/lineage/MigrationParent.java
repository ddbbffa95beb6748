package dev.schemac.processor.lineage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a generated migration starts with, naming the state of the snapshot it was generated from: the newest
 * migration the snapshot recorded, or none. It is a comment, so it does not count in the migration's checksum, and
 * it can be read from the source text alone (before anything compiles).
 */
public final class MigrationParent {
    /** What a migration generated from a snapshot without migrations names as its parent. */
    public static final String NONE = "none";
    private static final String PREFIX = "// schemac parent: ";
    private static final Pattern LINE = Pattern.compile("^// schemac parent: ([0-9]+|" + NONE + ")\\b",
            Pattern.MULTILINE);

    private MigrationParent() {
    }

    /** The comment line, with its line break, for a migration generated on top of {@code parent} (or {@link #NONE}). */
    public static String comment(String parent) {
        String state = parent.equals(NONE) ? "generated from a snapshot without migrations"
                : "generated from the snapshot after migration " + parent;
        return PREFIX + parent + " (" + state + ")\n";
    }

    /** The parent a migration's source names; empty for a migration written before schemac recorded parents. */
    public static Optional<String> of(String source) {
        Matcher matcher = LINE.matcher(source);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
