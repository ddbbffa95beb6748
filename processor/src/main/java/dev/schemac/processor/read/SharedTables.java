package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.CheckDraft;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.processor.read.TableDraft.IndexDraft;
import dev.schemac.processor.read.TableDraft.UniqueDraft;
import dev.schemac.schema.Column;
import java.util.HashSet;
import java.util.Set;

/**
 * Merges the mappings of one table: the entities of a SINGLE_TABLE hierarchy, entities that name the same table
 * with {@code @Table}, generators sharing a table. As in Hibernate, a column mapped by several of them is defined
 * by the first (its identity and default included); they must agree on its type and nullability, and on the primary
 * key.
 */
final class SharedTables {
    private final Problems problems;

    SharedTables(Problems problems) {
        this.problems = problems;
    }

    /** Adds what {@code later} maps to {@code into}, reporting what the two disagree on. */
    void merge(TableDraft into, TableDraft later) {
        for (ColumnDraft column : later.columns()) {
            ColumnDraft earlier = into.column(column.column().name());
            if (earlier == null) {
                into.putColumn(column);
            } else if (!agree(earlier.column(), column.column())) {
                problems.invalid(column.field(), column.path() + " maps the column " + column.column().name()
                        + " of the table " + into.name() + " as " + describe(column) + ", but " + earlier.path()
                        + " maps it as " + describe(earlier) + "; entities sharing a table must agree on its"
                        + " columns");
            }
        }
        if (into.primaryKey().isEmpty()) {
            later.primaryKey().forEach(into::addPrimaryKey);
        } else if (!later.primaryKey().isEmpty() && !later.primaryKey().equals(into.primaryKey())) {
            problems.invalid(later.entity(), "the entities " + into.entity().getSimpleName() + " and "
                    + later.entity().getSimpleName() + " share the table " + into.name() + " but not its primary"
                    + " key: " + into.primaryKey() + " and " + later.primaryKey());
        }
        for (UniqueDraft unique : later.uniques()) {
            into.uniques().add(unique);
        }
        for (CheckDraft check : later.checks()) {
            into.addCheck(check.column(), check.expression());
        }
        Set<ForeignKeyDraft> keys = new HashSet<>(into.foreignKeys());
        for (ForeignKeyDraft key : later.foreignKeys()) {
            // Hibernate keeps one foreign key per columns and target
            if (key.name() != null || keys.add(key)) {
                into.addForeignKey(key);
            }
        }
        for (IndexDraft index : later.indexes()) {
            into.addIndex(index);
        }
    }

    /** Type and nullability must agree; an identity or a default is the first mapping's, as in Hibernate. */
    private static boolean agree(Column first, Column later) {
        return first.type().equals(later.type()) && first.nullable() == later.nullable();
    }

    private static String describe(ColumnDraft column) {
        return column.column().type() + (column.column().nullable() ? " NULL" : " NOT NULL")
                + (column.column().identity() ? " IDENTITY" : "");
    }
}
