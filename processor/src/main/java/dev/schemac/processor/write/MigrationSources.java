package dev.schemac.processor.write;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.processor.lineage.MigrationParent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the migration classes ({@code V<digits>__<Name>.java}) in the migration package's folder. */
public final class MigrationSources {
    private static final String SUFFIX = ".java";
    private static final Comparator<MigrationSource> ORDER = Comparator
            .comparing(MigrationSource::version, IndexEntry.VERSION_ORDER)
            .thenComparing(MigrationSource::className);

    private MigrationSources() {
    }

    /**
     * The migrations in {@code dir} (not its subfolders), sorted by version; an empty list when the folder does not
     * exist. Other files are ignored.
     *
     * @throws IOException when a migration cannot be read, or two have the same version
     */
    public static List<MigrationSource> scan(Path dir, String packageName) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<MigrationSource> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "V*__*" + SUFFIX)) {
            for (Path file : files) {
                MigrationSource source = read(file, packageName);
                if (source != null) {
                    found.add(source);
                }
            }
        }
        found.sort(ORDER);
        for (int i = 1; i < found.size(); i++) {
            MigrationSource a = found.get(i - 1);
            MigrationSource b = found.get(i);
            if (IndexEntry.VERSION_ORDER.compare(a.version(), b.version()) == 0) {
                throw new IOException("two migrations have version " + b.version() + ": " + a.file().getFileName()
                        + " and " + b.file().getFileName() + "; give one of them a new version");
            }
        }
        return found;
    }

    /** The migration in {@code file}, or {@code null} when its name is not {@code V<digits>__<Name>.java}. */
    private static MigrationSource read(Path file, String packageName) throws IOException {
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - SUFFIX.length());
        int separator = stem.indexOf("__");
        String version = stem.substring(1, separator);
        String description = stem.substring(separator + 2);
        if (version.isEmpty() || !version.chars().allMatch(c -> c >= '0' && c <= '9') || description.isEmpty()
                || !description.chars().allMatch(Character::isJavaIdentifierPart) || !Files.isRegularFile(file)) {
            return null;
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file.getFileName() + ": " + e, e);
        }
        String className = packageName.isEmpty() ? stem : packageName + "." + stem;
        return new MigrationSource(file, version, description, className, SourceChecksum.of(source),
                MigrationParent.of(source).orElse(null));
    }
}
