package dev.schemac.operation;

import java.util.Objects;

/**
 * An operation with its {@link Hazard} in the context of its migration.
 *
 * @param operation the operation
 * @param hazard what running it can cost
 * @param reason why, in a few words, e.g. {@code index built concurrently, outside the transaction}
 */
public record ClassifiedOperation(Operation operation, Hazard hazard, String reason) {
    public ClassifiedOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for a comment, e.g. {@code [blocking-lock] create index i on t: index build blocks writes}. */
    public String describe() {
        return "[" + hazard.tag() + "] " + operation.describe() + ": " + reason;
    }
}
