package dev.schemac.internal.script;

import dev.schemac.operation.Operation;
import dev.schemac.operation.Risk;

/**
 * The comment a script puts above an operation's statements when a reviewer should stop at it. The one place
 * that reads the operation classification, so that a finer one (locking, data-dependent) changes only this class.
 */
final class RiskMark {
    private RiskMark() {
    }

    /** E.g. {@code -- [destructive] drop column customer.fax}, or {@code null} for a safe operation. */
    static String of(Operation operation) {
        if (operation.risk() != Risk.DESTRUCTIVE) {
            return null;
        }
        String approval = operation.approval() == null
                ? " (NOT APPROVED: migrate refuses it until the migration carries approveDataLoss(\"why\"))"
                : " (approved: " + operation.approval().reason() + ")";
        return "-- [destructive] " + oneLine(operation.describe() + approval);
    }

    /** A comment ends at the line's end: a line break in a description would turn the rest into SQL. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
