package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's {@code @NaturalId}: one unique constraint over the columns of all natural-id attributes of the
 * entity, in the order Hibernate binds them (basic columns by attribute name, then join columns). The columns stay
 * nullable, as in Hibernate 7.
 */
final class NaturalIds {
    private NaturalIds() {
    }

    static void add(TableDraft table, Annotations annotations) {
        List<ColumnDraft> columns = new ArrayList<>();
        for (ColumnDraft column : table.columns()) {
            if (annotations.of(column.field()).has(HibernateNames.NATURAL_ID)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        columns.sort(ColumnDraft.BINDING_ORDER);
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.column().name()));
        table.addUnique(null, names);
    }
}
