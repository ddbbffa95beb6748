package dev.schemac.operation;

import java.util.List;

/**
 * Classifies a migration's operations by {@link Hazard}. An operation on a table that the same migration created
 * earlier is cheap whatever it is (the table is empty and nobody else sees it yet); on an existing table it depends
 * on what PostgreSQL locks and scans, and on whether the runtime's online mode rewrites it (concurrent index
 * builds, constraints added {@code NOT VALID} and validated after the commit). docs/safety.md has the table.
 */
public final class Classification {
    private Classification() {
    }

    /**
     * Classifies each operation of a migration in its context.
     *
     * @param operations the migration's operations, in order
     * @param online whether the runtime runs in online mode ({@code Schemac.configure(ds).online(...)}, default on)
     * @return one classification per operation, in the same order
     */
    public static List<ClassifiedOperation> of(List<Operation> operations, boolean online) {
        return new ClassificationRules(online).classify(operations);
    }
}
