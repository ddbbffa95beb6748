/**
 * Decisions about schema evolution that a person records in the source, read by schemac's processor at compile
 * time: renames ({@link dev.schemac.annotation.RenamedFrom}), drops ({@link dev.schemac.annotation.DropColumn},
 * {@link dev.schemac.annotation.DropTable}) and values for existing rows ({@link dev.schemac.annotation.Backfill}).
 * Retention is {@code CLASS}: nothing of them exists at run time. See docs/safety.md.
 */
package dev.schemac.annotation;
