package dev.schemac.processor.diff;

import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;

/**
 * One difference between the snapshot and the entities, as people talk about it; the processor reports it on the
 * element that declares its subject.
 *
 * @param kind what kind of difference
 * @param subject the table, column or sequence it is about
 * @param description e.g. {@code column customer.email changed from varchar(255) to varchar(320)}
 */
public record Change(Kind kind, Subject subject, String description) {
    /** The kinds of difference. */
    public enum Kind {
        /** New in the entities. */
        ADDED(true),
        /** Different in the entities. */
        CHANGED(true),
        /** Gone from the entities and needing an operation that keeps the data (e.g. relaxing NOT NULL). */
        REMOVED(true),
        /** Changed in a way that can lose data; the operation is generated without an approval. */
        NEEDS_APPROVAL(true),
        /** Renamed as a person decided with {@code @RenamedFrom}; the data stays. */
        RENAMED(true),
        /** Dropped with its data, as a person decided with {@code @DropColumn} or {@code @DropTable}. */
        DROPPED(true),
        /** In the database but mapped by no entity: kept, nothing to do; reported on every build. */
        RETAINED(false);

        private final boolean needsMigration;

        Kind(boolean needsMigration) {
            this.needsMigration = needsMigration;
        }

        /** Whether this difference takes a migration (and so fails check mode). */
        public boolean needsMigration() {
            return needsMigration;
        }
    }

    /** What a change is about. */
    public sealed interface Subject {
    }

    /** A change to a whole table (its constraints and indexes included). */
    public record OfTable(QualifiedName table) implements Subject {
    }

    public record OfColumn(ColumnRef column) implements Subject {
    }

    public record OfSequence(QualifiedName sequence) implements Subject {
    }
}
