package dev.schemac.processor.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Finds the migration classes ({@code V<digits>__<Name>.java}) in the migration package's folder. */
public final class MigrationSources {
    private MigrationSources() {
    }

    /** The migrations in {@code dir}, sorted by version; an empty list when the folder does not exist. */
    public static List<MigrationSource> scan(Path dir, String packageName) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
