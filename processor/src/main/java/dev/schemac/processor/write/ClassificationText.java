package dev.schemac.processor.write;

import dev.schemac.operation.ClassifiedOperation;
import dev.schemac.operation.Hazard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The classification of a migration's operations as generated code shows it: a line comment above each operation
 * that is not safe, and counts for the class Javadoc. Classified with online mode on, the runtime's default, so that
 * a reviewer reads what {@code migrate} will do, and the script says the same.
 */
final class ClassificationText {
    static final int WIDTH = 100;

    private ClassificationText() {
    }

    /**
     * The lines of the comment, e.g. {@code [blocking-lock] rewrites the table under ACCESS EXCLUSIVE}, wrapped at
     * {@value #WIDTH} characters so that generated code stays readable; none for a safe operation.
     */
    static List<String> comment(ClassifiedOperation classified) {
        if (classified.hazard() == Hazard.SAFE) {
            return List.of();
        }
        String text = CommentText.line("[" + classified.hazard().tag() + "] " + classified.reason());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** E.g. {@code 1 blocking-lock, 2 data-dependent, 3 safe}, in {@link Hazard}'s order; {@code none} if empty. */
    static String counts(List<ClassifiedOperation> classified) {
        Map<Hazard, Integer> counts = new EnumMap<>(Hazard.class);
        classified.forEach(c -> counts.merge(c.hazard(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Hazard hazard : Hazard.values()) {
            if (hazard != Hazard.SAFE && counts.containsKey(hazard)) {
                parts.add(counts.get(hazard) + " " + hazard.tag());
            }
        }
        if (counts.containsKey(Hazard.SAFE)) {
            parts.add(counts.get(Hazard.SAFE) + " safe");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
