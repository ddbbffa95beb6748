package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The names taken in each schema by tables, sequences, indexes and the indexes behind primary keys and unique
 * constraints, which PostgreSQL keeps in one namespace per schema (no schema counts as {@code public}).
 */
final class RelationNames {
    private final Map<String, Set<String>> taken = new HashMap<>();

    /** Takes a name the mapping gives; {@code false} when it is taken already. */
    boolean take(String schema, String name) {
        return names(schema).add(name);
    }

    /** The first free name of {@code candidates} 0, 1, 2, ..., taken. */
    String choose(String schema, IntFunction<String> candidates) {
        Set<String> names = names(schema);
        for (int attempt = 0; ; attempt++) {
            String name = candidates.apply(attempt);
            if (names.add(name)) {
                return name;
            }
        }
    }

    private Set<String> names(String schema) {
        return taken.computeIfAbsent(Objects.requireNonNullElse(schema, "public"), s -> new HashSet<>());
    }
}
