package dev.schemac.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code mvn} of the build that runs the tests, on a sample project, with schemac's freshly built
 * artifacts staged in {@code target/it-repo} and everything else copied from the user's local repository.
 */
final class Maven {
    private static final Path HOME = Path.of(property("it.mavenHome"));
    private static final Path REPOSITORY = Path.of(property("it.repository"));
    private static final Path USER_REPOSITORY = Path.of(property("it.userRepository"));

    /**
     * The outcome of one {@code mvn} run.
     *
     * @param exitCode the process's exit code
     * @param output stdout and stderr together
     */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Maven() {
    }

    /** Runs {@code mvn args...} in {@code project}, without {@code CI} in the environment unless given. */
    static Result run(Path project, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mvn").toString(), "-B", "-ntp",
                "-s", settings().toString(), "-Dmaven.repo.local=" + REPOSITORY));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("CI"); // .ci/run sets CI=true, which would switch the sample builds to check mode
        environment.remove("MAVEN_ARGS");
        environment.putAll(new HashMap<>(env));
        Path log = Files.createTempFile(project.getParent(), project.getFileName() + "-mvn", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    static Result run(Path project, String... args) throws IOException, InterruptedException {
        return run(project, Map.of(), args);
    }

    /** Settings that take artifacts from the user's local repository first, so the tests do not download much. */
    private static synchronized Path settings() throws IOException {
        Path file = REPOSITORY.resolveSibling("it-settings.xml");
        if (!Files.exists(file)) {
            String url = USER_REPOSITORY.toUri().toString();
            String repo = "<id>user-local</id><url>" + url + "</url>"
                    + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
            Files.writeString(file, "<settings><profiles><profile><id>it</id>"
                    + "<activation><activeByDefault>true</activeByDefault></activation>"
                    + "<repositories><repository>" + repo + "</repository></repositories>"
                    + "<pluginRepositories><pluginRepository>" + repo + "</pluginRepository></pluginRepositories>"
                    + "</profile></profiles></settings>\n");
        }
        return file;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run the ITs through Maven"
                    + " (mvn verify), which sets it in the failsafe configuration");
        }
        return value;
    }
}
