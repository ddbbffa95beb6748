package dev.schemac.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, in one place. Each has a stable tag, printed as {@code [schemac:tag]} and
 * listed in docs/generation.md, and a {@link String#format} template.
 */
public enum Message {
    // Options and files
    OPTION_INVALID(Kind.ERROR, "options", "%s"),
    SNAPSHOT_INVALID(Kind.ERROR, "snapshot-invalid",
            "the snapshot %s cannot be read: %s. Restore it from version control (git checkout -- <file>) or fix it;"
                    + " schemac changed nothing"),
    SNAPSHOT_MISSING(Kind.ERROR, "snapshot-missing",
            "the snapshot %s does not exist but %d migration(s) do in %s. Restore the snapshot from version control;"
                    + " without it schemac would generate the whole schema again"),
    MIGRATION_SOURCE_INVALID(Kind.ERROR, "migration-source",
            "cannot read the migration %s: %s"),
    WRITE_FAILED(Kind.ERROR, "write-failed", "cannot write %s: %s. schemac writes these files together: none of"
            + " them was changed, unless the message above lists some as already written"),
    SNAPSHOT_CONFLICT(Kind.ERROR, "branch-conflict",
            "the snapshot %s has git conflict markers (line %d): two branches each generated a migration. Do not"
                    + " merge it by hand. Take the snapshot of the branch you merged: 'git checkout --theirs -- %s'"
                    + " while merging, 'git checkout --ours -- %s' while rebasing (git swaps the sides), then run"
                    + " 'mvn schemac:rebase' to generate your changes again on top of it"),
    MIGRATION_UNRECORDED(Kind.ERROR, "branch-conflict",
            "%s %s not recorded in the snapshot %s (its newest migration: %s): %s generated from"
                    + " another state of the snapshot, typically on a branch whose snapshot the merge did not keep."
                    + " Run 'mvn schemac:rebase': it moves %s aside to %s and generates one migration with these"
                    + " changes on top of the snapshot; then review it and commit it with the snapshot"),
    MIGRATIONS_SHARE_PARENT(Kind.ERROR, "branch-conflict",
            "migrations %s were each generated from the snapshot after %s, without each other's changes, so the"
                    + " snapshot cannot be the result of all of them. Take the snapshot of the branch you merged"
                    + " ('git checkout <that branch> -- %s'), which records only its own migration, then run"
                    + " 'mvn schemac:rebase' to generate yours again on top of it"),
    INTERNAL_ERROR(Kind.ERROR, "internal",
            "schemac failed unexpectedly (%s). Nothing was written. Please report this with the entity that caused it"),

    // Reading entities
    UNSUPPORTED_MAPPING(Kind.ERROR, "unsupported-mapping",
            "%s is not supported by schemac yet (%s). Map it differently or exclude it with @Transient"),
    INVALID_MAPPING(Kind.ERROR, "invalid-mapping", "%s"),
    UNSUPPORTED_ENTITY(Kind.ERROR, "unsupported-entity",
            "%s is not supported by schemac yet (%s). schemac reads one table per entity class"),
    OVERRIDE_UNMATCHED(Kind.WARNING, "override-unmatched",
            "@AttributeOverride(name = \"%s\") matches no attribute of %s; Hibernate ignores it silently"),

    // Generation and check mode
    PENDING_CHANGE(Kind.ERROR, "pending-change",
            "%s, but no migration records it. Run 'mvn compile' without -Dschemac.mode=check (and without CI=true)"
                    + " to generate the migration, then review and commit it with %s"),
    MIGRATION_WRITTEN(Kind.NOTE, "generated", "wrote migration %s (%d operation(s)) and updated %s"),
    RETAINED_COLUMN(Kind.WARNING, "retained-column",
            "column %s is no longer mapped; schemac keeps it and its data (nullable) instead of dropping it. To drop"
                    + " it, add @DropColumn(name = \"%s\", reason = \"...\") to the entity"),
    RETAINED_TABLE(Kind.WARNING, "retained-table",
            "table %s is no longer mapped; schemac keeps it and its rows instead of dropping it. To drop it, add"
                    + " @DropTable(name = \"%s\", reason = \"...\") to an entity"),
    RETAINED_SEQUENCE(Kind.WARNING, "retained-sequence",
            "sequence %s is no longer used by an entity; schemac keeps it instead of dropping it, so that its ids"
                    + " are never handed out again"),
    DATA_LOSS_NEEDS_APPROVAL(Kind.WARNING, "data-loss",
            "%s can lose data; the generated migration %s refuses to run it until a person adds"
                    + " approveDataLoss(\"<reason>\") to that call"),
    BACKFILL_MISSING(Kind.ERROR, "backfill-missing",
            "column %s becomes NOT NULL and schemac knows no value for the rows that already exist, so the"
                    + " migration would fail on a table with rows. Add @Backfill(\"<sql expression>\") (used once, e.g."
                    + " @Backfill(\"''\")) or @ColumnDefault (kept as the column's default) to the field, or leave it"
                    + " nullable. schemac wrote nothing"),

    // Decisions recorded in the source (dev.schemac.annotation)
    DECISION_INVALID(Kind.ERROR, "decision-invalid", "%s"),
    RENAME_SOURCE_MISSING(Kind.WARNING, "rename-source-missing",
            "@RenamedFrom(\"%s\"): the snapshot has neither %s nor %s, so nothing is renamed. Correct the old name"
                    + " (as the snapshot spells it), or remove the annotation"),
    RENAME_SOURCE_MAPPED(Kind.ERROR, "rename-source-mapped",
            "@RenamedFrom(\"%s\"): %s is still mapped, so it cannot become %s. Map it under another name first, or"
                    + " remove the annotation"),
    RENAME_TARGET_EXISTS(Kind.WARNING, "rename-target-exists",
            "@RenamedFrom(\"%s\"): the snapshot has both %s (no longer mapped) and %s, so nothing is renamed: the new"
                    + " one was added by an earlier migration. Copy the values yourself (schema.sql(\"update ...\") in"
                    + " a migration), then drop the old one with @DropColumn/@DropTable, and remove this annotation"),
    LIKELY_RENAME(Kind.WARNING, "likely-rename",
            "%s is new and %s, of the same type, is no longer mapped. If it was renamed, add @RenamedFrom(\"%s\") here"
                    + " so that the migration renames it and keeps its data; otherwise schemac adds the new one and keeps"
                    + " the old one"),
    DROP_STILL_MAPPED(Kind.ERROR, "drop-still-mapped",
            "@%s(name = \"%s\") names a %s that an entity still maps; remove its mapping first, or remove the"
                    + " annotation"),
    DROP_DONE(Kind.NOTE, "drop-done",
            "@%s(name = \"%s\"): the snapshot has no such %s any more (dropped by an earlier migration); the"
                    + " annotation does nothing and can be removed"),

    // Lint: hazards of the DDL in the migration being generated (or pending, in check mode); see docs/safety.md
    LINT_DROP_COLUMN(Kind.WARNING, "drop-column",
            "the migration drops column %s and its values, as @DropColumn decided. Instances of the previous"
                    + " application version that still read it fail: deploy the version without the field first"),
    LINT_DROP_TABLE(Kind.WARNING, "drop-table",
            "the migration drops table %s and its rows, as @DropTable decided. Instances of the previous application"
                    + " version that still use it fail: deploy the version without the entity first"),
    LINT_ALTER_TYPE(Kind.WARNING, "alter-type",
            "changing column %s from %s to %s rewrites the table and blocks its reads and writes while it runs; on a"
                    + " large table, add a new column, backfill it in batches and switch over instead"),
    LINT_REQUIRED_COLUMN(Kind.WARNING, "required-column",
            "column %s is added NOT NULL to an existing table: inserts of the previous application version, which"
                    + " does not set it, fail once the migration ran. Give it a @ColumnDefault, or add it nullable"
                    + " first and make it NOT NULL in a later release"),
    LINT_SET_NOT_NULL(Kind.WARNING, "set-not-null",
            "column %s becomes NOT NULL: PostgreSQL checks every row while it blocks reads and writes of the table,"
                    + " and inserts of the previous application version that leave it NULL fail"),
    LINT_RENAME(Kind.WARNING, "rename",
            "%s is renamed: instances of the previous application version, which use the old name, fail once the"
                    + " migration ran. Stop the old version before it runs, or add the new name in one release and"
                    + " remove the old one in the next"),
    LINT_INT_ID(Kind.WARNING, "int-id",
            "the id column %s is %s and runs out at %s rows; use Long (bigint) while the table is new and changing is"
                    + " free"),
    LINT_TIMESTAMP_WITHOUT_TZ(Kind.WARNING, "timestamp-without-tz",
            "column %s is timestamp without time zone: its values mean different instants on servers in different"
                    + " time zones; map an Instant or OffsetDateTime (timestamptz) instead"),
    LINT_CHAR_N(Kind.WARNING, "char-n",
            "column %s is %s, which pads values with spaces and is no faster than varchar; use @Column(length = ...)"
                    + " on a String (varchar) instead"),
    LINT_IDENTIFIER_TOO_LONG(Kind.WARNING, "identifier-too-long",
            "the %s name %s is %d bytes long and PostgreSQL keeps only its first 63 bytes, %s: SQL that names it"
                    + " in full still works, but two names that start alike collide. Choose a name of at most 63 bytes");

    private final Kind kind;
    private final String tag;
    private final String template;

    Message(Kind kind, String tag, String template) {
        this.kind = kind;
        this.tag = tag;
        this.template = template;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this is a lint warning: a hazard of the generated DDL, not a problem of the mapping. */
    public boolean isLint() {
        return name().startsWith("LINT_");
    }

    /** The stable tag, e.g. {@code pending-change}. */
    public String tag() {
        return tag;
    }

    /** The full text with its tag, e.g. {@code [schemac:pending-change] column ...}. */
    public String format(Object... args) {
        return "[schemac:" + tag + "] " + String.format(Locale.ROOT, template, args);
    }
}
