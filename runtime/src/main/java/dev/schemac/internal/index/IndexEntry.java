package dev.schemac.internal.index;

import java.util.Comparator;
import java.util.Objects;

/**
 * One migration in the index.
 *
 * @param version digits, compared as a number
 * @param description the part of the class name after {@code __}
 * @param checksum the checksum of the migration's source, normalised so that formatting does not count
 * @param className the migration's binary class name
 */
public record IndexEntry(String version, String description, String checksum, String className)
        implements Comparable<IndexEntry> {
    /** Orders version strings as numbers: {@code 9 < 10}. */
    public static final Comparator<String> VERSION_ORDER = Comparator
            .comparingInt((String v) -> stripZeros(v).length())
            .thenComparing(IndexEntry::stripZeros);

    public IndexEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(className, "className");
        if (version.isEmpty() || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("version '" + version + "' is not a number");
        }
    }

    @Override
    public int compareTo(IndexEntry other) {
        return VERSION_ORDER.compare(version, other.version);
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
