package dev.schemac.maven;

import dev.schemac.processor.snapshot.SnapshotFormatException;
import dev.schemac.processor.snapshot.SnapshotJson;
import dev.schemac.schema.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/** The committed snapshot, read for the goals that compare a database with it. */
final class SnapshotFile {
    private SnapshotFile() {
    }

    /** The schema of the snapshot at {@code relative} to the project; fails the goal when it is missing or bad. */
    static SchemaModel read(Path projectDir, String relative, String goal) throws MojoExecutionException {
        Path file = projectDir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("schemac " + goal + " compares the database with the snapshot, but "
                    + file + " does not exist: run mvn compile first, which writes it from the entities");
        }
        try {
            return SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8)).schema();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        } catch (SnapshotFormatException e) {
            throw new MojoExecutionException("the snapshot " + file + " is invalid: " + e.getMessage(), e);
        }
    }
}
