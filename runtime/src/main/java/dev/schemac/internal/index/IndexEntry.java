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
    /** Orders version strings as numbers: {@code 9 < 10}, {@code 010 = 10}. */
    public static final Comparator<String> VERSION_ORDER = new Comparator<>() {
        // A class rather than a method reference: this is on the runtime's startup path, where the first lambda
        // of a JVM costs milliseconds.
        @Override
        public int compare(String a, String b) {
            return compareVersions(a, b);
        }
    };

    public IndexEntry {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(className, "className");
        if (!isDigits(version)) {
            throw new IllegalArgumentException("version '" + version + "' is not a number");
        }
    }

    @Override
    public int compareTo(IndexEntry other) {
        return compareVersions(version, other.version);
    }

    // Plain loops without allocation: the runtime compares every version at every start, in a JVM still cold.
    private static int compareVersions(String a, String b) {
        int startA = firstSignificant(a);
        int startB = firstSignificant(b);
        int lengthA = a.length() - startA;
        int lengthB = b.length() - startB;
        if (lengthA != lengthB) {
            return Integer.compare(lengthA, lengthB);
        }
        for (int i = 0; i < lengthA; i++) {
            int difference = Character.compare(a.charAt(startA + i), b.charAt(startB + i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** Where the digits start once leading zeros are skipped; the last character always counts. */
    private static int firstSignificant(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
