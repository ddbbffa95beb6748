package dev.schemac.processor.diff;

import dev.schemac.processor.diff.Change.Kind;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences found, worded in one place so that they read alike. They become compile errors in check mode
 * ("{@code <description>, but no migration records it}") and the generated migration's Javadoc.
 */
final class ChangeLog {
    private final List<Change> changes = new ArrayList<>();
    private final List<ColumnRef> backfills = new ArrayList<>();

    List<Change> changes() {
        return changes;
    }

    /** Columns set NOT NULL for which schemac knows no value for the rows that already exist. */
    List<ColumnRef> backfills() {
        return backfills;
    }

    void needsBackfill(ColumnRef column) {
        backfills.add(column);
    }

    void tableAdded(QualifiedName table) {
        table(Kind.ADDED, table, "table " + table + " is new");
    }

    void tableRetained(QualifiedName table) {
        table(Kind.RETAINED, table, "table " + table + " is no longer mapped");
    }

    void columnAdded(ColumnRef column) {
        column(Kind.ADDED, column, "column " + column + " is new");
    }

    void columnRetained(ColumnRef column) {
        column(Kind.RETAINED, column, "column " + column + " is no longer mapped");
    }

    /** A column no longer mapped that must accept NULL so that the application's inserts keep working. */
    void columnReleased(ColumnRef column) {
        column(Kind.REMOVED, column, "column " + column + " is no longer mapped and must accept NULL");
    }

    void typeChanged(ColumnRef column, Object from, Object to, boolean lossy) {
        column(lossy ? Kind.NEEDS_APPROVAL : Kind.CHANGED, column,
                "column " + column + " changed from " + from + " to " + to);
    }

    void nullabilityChanged(ColumnRef column, boolean nullable) {
        column(Kind.CHANGED, column, "column " + column + (nullable ? " became nullable" : " became NOT NULL"));
    }

    void defaultChanged(ColumnRef column, String from, String to) {
        String description;
        if (from == null) {
            description = "column " + column + " got the default " + to;
        } else if (to == null) {
            description = "column " + column + " lost its default " + from;
        } else {
            description = "the default of column " + column + " changed from " + from + " to " + to;
        }
        column(Kind.CHANGED, column, description);
    }

    void identityChanged(ColumnRef column, boolean identity) {
        column(Kind.CHANGED, column, "column " + column
                + (identity ? " became an identity column" : " is no longer an identity column"));
    }

    /** A constraint or index, e.g. {@code unique constraint customer_email_key on customer is new}. */
    void constraintAdded(QualifiedName table, String what) {
        table(Kind.ADDED, table, what + " on " + table + " is new");
    }

    void constraintRemoved(QualifiedName table, String what) {
        table(Kind.REMOVED, table, what + " on " + table + " was removed");
    }

    void constraintChanged(QualifiedName table, String what, String from, String to) {
        table(Kind.CHANGED, table, what + " on " + table + " changed from " + from + " to " + to);
    }

    void sequenceAdded(QualifiedName sequence) {
        changes.add(new Change(Kind.ADDED, new Change.OfSequence(sequence), "sequence " + sequence + " is new"));
    }

    void incrementChanged(QualifiedName sequence, long from, long to) {
        changes.add(new Change(Kind.CHANGED, new Change.OfSequence(sequence),
                "the increment of sequence " + sequence + " changed from " + from + " to " + to));
    }

    void sequenceRetained(QualifiedName sequence) {
        changes.add(new Change(Kind.RETAINED, new Change.OfSequence(sequence),
                "sequence " + sequence + " is no longer used by an entity"));
    }

    void tableRenamed(QualifiedName from, QualifiedName to) {
        table(Kind.RENAMED, to, "table " + from + " was renamed to " + to.name());
    }

    void columnRenamed(ColumnRef from, String to) {
        column(Kind.RENAMED, new ColumnRef(from.table(), to), "column " + from + " was renamed to " + to);
    }

    /** A constraint or index named after a renamed table or column, e.g. {@code constraint client_pkey}. */
    void constraintRenamed(QualifiedName table, String what, String to) {
        table(Kind.RENAMED, table, what + " on " + table + " was renamed to " + to);
    }

    void sequenceRenamed(QualifiedName from, String to) {
        changes.add(new Change(Kind.RENAMED, new Change.OfSequence(from.sibling(to)),
                "sequence " + from + " was renamed to " + to));
    }

    void columnDropped(ColumnRef column, String reason) {
        column(Kind.DROPPED, column, "column " + column + " is dropped with its values (" + reason + ")");
    }

    void tableDropped(QualifiedName table, String reason) {
        table(Kind.DROPPED, table, "table " + table + " is dropped with its rows (" + reason + ")");
    }

    private void table(Kind kind, QualifiedName table, String description) {
        changes.add(new Change(kind, new Change.OfTable(table), description));
    }

    private void column(Kind kind, ColumnRef column, String description) {
        changes.add(new Change(kind, new Change.OfColumn(column), description));
    }
}
