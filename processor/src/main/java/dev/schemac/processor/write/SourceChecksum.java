package dev.schemac.processor.write;

/**
 * The checksum of a migration's source, normalised so that reformatting or editing comments does not count as a
 * change but any change to the code does.
 */
public final class SourceChecksum {
    private SourceChecksum() {
    }

    public static String of(String javaSource) {
        throw new UnsupportedOperationException("not yet");
    }
}
