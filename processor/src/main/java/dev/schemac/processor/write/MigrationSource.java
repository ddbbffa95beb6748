package dev.schemac.processor.write;

import java.nio.file.Path;

/**
 * A migration class found in the source tree.
 *
 * @param file its source file
 * @param version the digits after {@code V}
 * @param description the part after {@code __}
 * @param className the binary class name
 * @param checksum the checksum of its normalised source
 * @param parent the version of the snapshot state it was generated from, as its first line names it, or {@code null}
 *     for a migration written before schemac recorded parents (see {@code MigrationParent})
 */
public record MigrationSource(Path file, String version, String description, String className, String checksum,
        String parent) {
    /** A migration without a recorded parent. */
    public MigrationSource(Path file, String version, String description, String className, String checksum) {
        this(file, version, description, className, checksum, null);
    }
}
