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
    private ClassificationText() {
    }

    /** E.g. {@code [blocking-lock] rewrites the table under ACCESS EXCLUSIVE}, or {@code null} for a safe one. */
    static String comment(ClassifiedOperation classified) {
        if (classified.hazard() == Hazard.SAFE) {
            return null;
        }
        return CommentText.line("[" + classified.hazard().tag() + "] " + classified.reason());
    }

    /** E.g. {@code 1 blocking-lock, 2 data-dependent, 3 safe}, in the order of {@link Hazard}; {@code none} if empty. */
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
