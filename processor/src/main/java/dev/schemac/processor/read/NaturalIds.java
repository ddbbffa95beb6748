package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hibernate's {@code @NaturalId}: one unique constraint over the columns of all natural-id attributes of the
 * entity, in the order Hibernate binds them (basic columns by attribute name, then join columns). The columns stay
 * nullable, as in Hibernate 7.
 */
final class NaturalIds {
    private static final Comparator<ColumnDraft> BINDING_ORDER = Comparator
            .comparing(ColumnDraft::joinColumn)
            .thenComparing(ColumnDraft::bindingOrder, NaturalIds::compare);

    private NaturalIds() {
    }

    static void add(TableDraft table) {
        List<ColumnDraft> columns = new ArrayList<>();
        for (ColumnDraft column : table.columns()) {
            if (hasNaturalId(column)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        columns.sort(BINDING_ORDER);
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.column().name()));
        table.addUnique(null, names);
    }

    private static boolean hasNaturalId(ColumnDraft column) {
        for (var mirror : column.field().getAnnotationMirrors()) {
            if (mirror.getAnnotationType().toString().equals(HibernateNames.NATURAL_ID)) {
                return true;
            }
        }
        return false;
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
