package dev.schemac.internal.migrate;

import dev.schemac.operation.ClassifiedOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * How a migration runs: its operations, each with its classification and its share of the two phases, the
 * transaction (with the history row) and the online steps after it.
 *
 * @param operations the planned operations, in order
 */
public record ExecutionPlan(List<Planned> operations) {
    public ExecutionPlan {
        operations = List.copyOf(operations);
    }

    /**
     * One operation's part of the plan.
     *
     * @param classified the operation and its hazard
     * @param transactional its statements in the migration's transaction
     * @param online its steps after the commit
     * @param strongLock whether a statement waits for a lock that blocks writes on a table others use, so that the
     *     transaction runs under {@code lock_timeout}
     */
    public record Planned(ClassifiedOperation classified, List<String> transactional, List<OnlineStep> online,
            boolean strongLock) {
        public Planned {
            transactional = List.copyOf(transactional);
            online = List.copyOf(online);
        }
    }

    /** Every statement of the transaction, in order. */
    List<String> transactional() {
        List<String> statements = new ArrayList<>();
        for (Planned planned : operations) {
            statements.addAll(planned.transactional());
        }
        return statements;
    }

    /** Every step after the commit, in order. */
    List<OnlineStep> online() {
        List<OnlineStep> steps = new ArrayList<>();
        for (Planned planned : operations) {
            steps.addAll(planned.online());
        }
        return steps;
    }

    /** Whether steps run after the commit, so that the history row is marked finished only after them. */
    public boolean hasOnlineSteps() {
        return operations.stream().anyMatch(planned -> !planned.online().isEmpty());
    }

    /** Whether the transaction needs {@code lock_timeout}. */
    public boolean needsLockTimeout() {
        for (Planned planned : operations) {
            if (planned.strongLock()) {
                return true;
            }
        }
        return false;
    }

    /** How many statements the migration runs, counting each online step as one. */
    int statementCount() {
        int count = 0;
        for (Planned planned : operations) {
            count += planned.transactional().size() + planned.online().size();
        }
        return count;
    }
}
