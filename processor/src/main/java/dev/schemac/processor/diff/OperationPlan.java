package dev.schemac.processor.diff;

import dev.schemac.operation.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the steps of a migration in any order and puts them in {@link Phase} order. Each step pairs operations
 * with those that undo them, so {@code down} is {@code up} undone step by step in reverse.
 */
final class OperationPlan {
    private final List<Step> steps = new ArrayList<>();

    /** One part of the migration: what {@code up} does and, in order, what undoes it (possibly nothing). */
    private record Step(Phase phase, List<Operation> up, List<Operation> down) {
    }

    void add(Phase phase, Operation up, Operation... down) {
        add(phase, List.of(up), List.of(down));
    }

    void add(Phase phase, List<Operation> up, List<Operation> down) {
        steps.add(new Step(phase, List.copyOf(up), List.copyOf(down)));
    }

    List<Operation> up() {
        List<Operation> up = new ArrayList<>();
        for (Step step : ordered()) {
            up.addAll(step.up());
        }
        return up;
    }

    List<Operation> down() {
        List<Step> ordered = ordered();
        List<Operation> down = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            down.addAll(ordered.get(i).down());
        }
        return down;
    }

    /** Stable: within a phase, steps keep the order they were added in, which is by table name. */
    private List<Step> ordered() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase));
        return ordered;
    }
}
