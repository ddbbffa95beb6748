package dev.schemac.processor.launch;

import dev.schemac.processor.Options;
import dev.schemac.processor.TestProject;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link ProcessorLauncher} on a {@link TestProject} the way the Maven plugin does. */
final class Launches {
    static final String SOURCES = "src/main/java";
    static final String WORK_DIR = "target/schemac";

    private Launches() {
    }

    /** A request over the project's sources, the JPA API on the classpath; {@code options}: name, value pairs. */
    static ProcessorLauncher.Request request(TestProject project, String mode, String... options) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(Options.BASE_DIR, project.root().toString());
        all.put(Options.MODE, mode);
        for (int i = 0; i < options.length; i += 2) {
            all.put(options[i], options[i + 1]);
        }
        return new ProcessorLauncher.Request(List.of(project.path(SOURCES)), List.of(jakartaPersistence()), all,
                project.path(WORK_DIR), StandardCharsets.UTF_8);
    }

    static ProcessorLauncher.Result run(TestProject project, String mode, String... options) {
        try {
            return ProcessorLauncher.run(request(project, mode, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or folder) of the JPA API, as a project's compile classpath has it. */
    static Path jakartaPersistence() {
        try {
            return Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings' messages. */
    static List<String> messages(ProcessorLauncher.Result result) {
        return result.findings().stream().map(Finding::message).toList();
    }
}
