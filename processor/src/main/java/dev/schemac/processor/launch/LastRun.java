package dev.schemac.processor.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * The fingerprint of the last successful run and the warnings it reported, kept in schemac's work folder so an
 * unchanged build can skip javac and still show them.
 */
record LastRun(String fingerprint, List<Finding> warnings) {
    private static final String FILE = "last-run.txt";

    static Optional<LastRun> load(Path workDir) {
        Path file = workDir.resolve(FILE);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            List<Finding> warnings = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", 5);
                warnings.add(new Finding(Diagnostic.Kind.valueOf(f[0]), f[1].isEmpty() ? null : Path.of(f[1]),
                        Long.parseLong(f[2]), Long.parseLong(f[3]), unescape(f[4])));
            }
            return Optional.of(new LastRun(lines.get(0), warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing or unreadable: run again
        }
    }

    void save(Path workDir) throws IOException {
        StringBuilder text = new StringBuilder(fingerprint).append('\n');
        for (Finding w : warnings) {
            text.append(w.kind()).append('\t').append(w.file() == null ? "" : w.file().toString()).append('\t')
                    .append(w.line()).append('\t').append(w.column()).append('\t').append(escape(w.message()))
                    .append('\n');
        }
        Files.createDirectories(workDir);
        Files.writeString(workDir.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    static void forget(Path workDir) throws IOException {
        Files.deleteIfExists(workDir.resolve(FILE));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
