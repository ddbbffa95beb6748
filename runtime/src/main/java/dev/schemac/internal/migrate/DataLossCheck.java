package dev.schemac.internal.migrate;

import dev.schemac.ErrorCode;
import dev.schemac.SchemacException;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.Operation;
import java.util.List;

/** Refuses a migration whose operations would destroy data without a recorded approval. */
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
}
