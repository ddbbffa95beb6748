package dev.schemac.processor.diff;

/**
 * Something the diff noticed about the decisions in the source, or a decision it suggests; the processor reports it
 * on the element it is about.
 *
 * @param kind what was noticed
 * @param subject the table or column, named as the entities name it (a dropped one as the snapshot did)
 * @param name the other name involved: the old name of a rename, the likely old name; else {@code null}
 */
public record Advice(Kind kind, Change.Subject subject, String name) {
    /** What the diff noticed. */
    public enum Kind {
        /** {@code @RenamedFrom} names something that is not in the snapshot, and the new name is not there either. */
        RENAME_SOURCE_MISSING,
        /** {@code @RenamedFrom} names something the entities still map under that name: it cannot be renamed. */
        RENAME_SOURCE_MAPPED,
        /** {@code @RenamedFrom} names something the snapshot has beside the new name: both exist, nothing to rename. */
        RENAME_TARGET_EXISTS,
        /** A new column (or table) looks like one no longer mapped under another name, with no decision. */
        LIKELY_RENAME,
        /** A drop decision names a column or table the entities still map. */
        DROP_STILL_MAPPED,
        /** A drop decision names a column or table that the snapshot no longer has: it was done. */
        DROP_DONE
    }
}
