package dev.schemac.processor.fidelity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How long each phase of a fidelity run took, to print beside its figures: {@code 2.1 s (build 0.9, ...)}. */
final class PhaseTimes {
    private final long start = System.nanoTime();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last = start;

    /** Ends the phase that began when the previous one ended. */
    void end(String phase) {
        long now = System.nanoTime();
        phases.put(phase, now - last);
        last = now;
    }

    @Override
    public String toString() {
        return seconds(last - start) + " s (" + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(e.getValue())).collect(Collectors.joining(", ")) + ")";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
