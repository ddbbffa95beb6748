package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.Operation;
import dev.schemac.operation.Risk;
import java.util.List;

/** Refuses a migration whose operations would destroy data without a recorded approval, or at all. */
final class DataLossCheck {
    private DataLossCheck() {
    }

    static void requireApproved(IndexEntry entry, List<Operation> operations) {
        List<String> refused = operations.stream().filter(o -> !o.isAllowed()).map(Operation::describe).toList();
        if (refused.isEmpty()) {
            return;
        }
        throw new SchemacException(ErrorCode.DATA_LOSS_NOT_APPROVED, MigrationLabel.of(entry) + " would destroy "
                + "data without approval: " + String.join("; ", refused) + ". Nothing of it ran. If the loss is "
                + "intended, pass approveDataLoss(\"<why this loss is fine>\") (dev.schemac.operation.Approval"
                + ".approveDataLoss) as the last argument of that call in the migration, e.g. "
                + "schema.dropColumn(\"customer\", \"fax\", approveDataLoss(\"nobody has sent a fax since 2009\")); "
                + "otherwise change the migration so that it keeps the data.");
    }

    /** Refuses every destructive operation, approved or not, as {@code forbidDestructive(true)} asks. */
    static void requireNoneDestructive(IndexEntry entry, List<Operation> operations) {
        List<String> destructive = operations.stream().filter(o -> o.risk() == Risk.DESTRUCTIVE)
                .map(Operation::describe).toList();
        if (destructive.isEmpty()) {
            return;
        }
        throw new SchemacException(ErrorCode.DESTRUCTIVE_FORBIDDEN, MigrationLabel.of(entry) + " would destroy "
                + "data: " + String.join("; ", destructive) + ". Nothing of it ran. Destructive migrations are "
                + "forbidden here (Schemac.configure(dataSource).forbidDestructive(true), the system property "
                + MigrationSettings.FORBID_DESTRUCTIVE_PROPERTY + " or the environment variable "
                + MigrationSettings.FORBID_DESTRUCTIVE_ENV + "), even with an approval. Run it where they are allowed, "
                + "after checking the data, or change it so that it keeps the data.");
    }
}
