package dev.schemac.operation;

import java.util.Objects;

/**
 * A person's recorded decision that an operation may destroy data. schemac's generator never writes one by itself,
 * only the decisions a person recorded in the source ({@code @DropColumn}, {@code @DropTable}).
 *
 * @param reason why the loss is acceptable, for the reviewer and the history
 */
public record Approval(String reason) {
    public Approval {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an approval of data loss needs a reason");
        }
    }

    /** Approves the data loss of the operation it is passed to, e.g. {@code dropColumn("t", "c", approveDataLoss("..."))}. */
    public static Approval approveDataLoss(String reason) {
        return new Approval(reason);
    }
}
