package dev.schemac.processor.read;

import dev.schemac.processor.read.Origins.Origin;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/** The sequences the id generators use; several ids may share one, if they agree on its start and step. */
final class Sequences {
    /** A sequence and the first id that uses it. */
    private record Use(Sequence sequence, Origin origin) {
    }

    private final Problems problems;
    private final Map<QualifiedName, Use> byName = new TreeMap<>();

    Sequences(Problems problems) {
        this.problems = problems;
    }

    void add(Sequence sequence, Element idField, String path) {
        Use earlier = byName.putIfAbsent(sequence.name(), new Use(sequence, new Origin(idField, path)));
        if (earlier != null && !earlier.sequence().equals(sequence)) {
            problems.invalid(idField, "the sequence " + sequence.name() + " of " + path + " starts at "
                    + sequence.start() + " with increment " + sequence.increment() + ", but "
                    + earlier.origin().path() + " uses the same sequence starting at " + earlier.sequence().start()
                    + " with increment " + earlier.sequence().increment()
                    + "; Hibernate refuses generators that disagree on one sequence");
        }
    }

    List<Sequence> all() {
        List<Sequence> all = new ArrayList<>();
        byName.values().forEach(use -> all.add(use.sequence()));
        return all;
    }

    void recordOrigins(Origins origins) {
        byName.forEach((name, use) -> origins.sequence(name, use.origin()));
    }
}
