package dev.schemac.processor.write;

/** Writes a migration class with JavaPoet against the runtime's {@code SchemaChanges} API. */
public final class MigrationWriter {
    private MigrationWriter() {
    }

    /** The Java source of the migration; the same spec gives the same text. */
    public static String write(MigrationSpec spec) {
        throw new UnsupportedOperationException("not yet");
    }
}
