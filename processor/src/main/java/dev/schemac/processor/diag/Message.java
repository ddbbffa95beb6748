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
            "column %s is no longer mapped; schemac keeps it and its data (nullable) instead of dropping it"),
    RETAINED_TABLE(Kind.WARNING, "retained-table",
            "table %s is no longer mapped; schemac keeps it and its rows instead of dropping it"),
    RETAINED_SEQUENCE(Kind.WARNING, "retained-sequence",
            "sequence %s is no longer used by an entity; schemac keeps it instead of dropping it, so that its ids"
                    + " are never handed out again"),
    DATA_LOSS_NEEDS_APPROVAL(Kind.WARNING, "data-loss",
            "%s can lose data; the generated migration %s refuses to run it until a person adds"
                    + " approveDataLoss(\"<reason>\") to that call"),
    BACKFILL_NEEDED(Kind.WARNING, "backfill-needed",
            "column %s becomes NOT NULL and schemac knows no value for the rows that already exist; if the table"
                    + " can have rows, add the backfill that the comment before its setNotNull call in %s asks for,"
                    + " before the migration is applied");

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

    /** The stable tag, e.g. {@code pending-change}. */
    public String tag() {
        return tag;
    }

    /** The full text with its tag, e.g. {@code [schemac:pending-change] column ...}. */
    public String format(Object... args) {
        return "[schemac:" + tag + "] " + String.format(Locale.ROOT, template, args);
    }
}
