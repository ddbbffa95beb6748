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
 */
public record MigrationSource(Path file, String version, String description, String className, String checksum) {
}
