package dev.schemac.internal.migrate;

import dev.schemac.schema.QualifiedName;

/**
 * A step of a migration that runs after its transaction committed, on its own, because PostgreSQL cannot run it in
 * a transaction (a concurrent index build) or because running it there would hold a lock that blocks writes for the
 * length of a table scan (validating a constraint). Every step can be repeated: a migration resumed after a failure
 * runs all its steps again. {@code MigrationRunner} runs them; {@code internal.script.MigrationScript} writes them.
 */
public sealed interface OnlineStep {
    /** The statement that does the work, for messages. */
    String statement();

    /**
     * Builds an index with {@code create index concurrently if not exists}, after dropping an invalid index of the
     * same name that an interrupted build left behind ({@code if not exists} would keep it, unusable).
     *
     * @param index the index, in its table's schema
     * @param dropInvalid {@code drop index concurrently if exists ...}, run only when the index is invalid
     * @param create the concurrent build
     */
    record ConcurrentIndex(QualifiedName index, String dropInvalid, String create) implements OnlineStep {
        @Override
        public String statement() {
            return create;
        }
    }

    /**
     * Validates a constraint added {@code not valid} in the transaction: a scan that lets writes go on.
     *
     * @param validate {@code alter table t validate constraint c}
     */
    record ValidateConstraint(String validate) implements OnlineStep {
        @Override
        public String statement() {
            return validate;
        }
    }

    /**
     * Sets NOT NULL on a column of an existing table: validates the helper check {@code ("c" is not null)} added
     * {@code not valid} in the transaction, then, in a short transaction, sets NOT NULL (PostgreSQL skips its scan
     * because the valid check proves it) and drops the helper.
     *
     * @param table the table
     * @param constraint the helper check's name
     * @param validate validates the helper check, when it still exists
     * @param setNotNull {@code alter table t alter column c set not null}
     * @param dropCheck {@code alter table t drop constraint if exists helper}
     */
    record NotNullThroughCheck(QualifiedName table, String constraint, String validate, String setNotNull,
            String dropCheck) implements OnlineStep {
        @Override
        public String statement() {
            return setNotNull;
        }
    }

    /**
     * Adds a unique constraint to an existing table: builds its unique index concurrently (after dropping an invalid
     * leftover), then, in a short transaction, lets the constraint take the index over, a catalog change.
     *
     * @param table the table
     * @param index the constraint's index while it is built, named like the constraint, in the table's schema
     * @param constraint the constraint's name
     * @param dropInvalid {@code drop index concurrently if exists ...}, run only when the index is invalid
     * @param create the concurrent build
     * @param addConstraint {@code alter table t add constraint c unique using index c}, run unless it exists
     */
    record UniqueThroughIndex(QualifiedName table, QualifiedName index, String constraint, String dropInvalid,
            String create, String addConstraint) implements OnlineStep {
        /** The build, for {@link ConcurrentIndex}'s handling of invalid leftovers. */
        ConcurrentIndex build() {
            return new ConcurrentIndex(index, dropInvalid, create);
        }

        @Override
        public String statement() {
            return create;
        }
    }
}
