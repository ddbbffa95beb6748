package dev.schemac.processor.diff;

import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.ReferentialAction;
import java.util.List;

/** Constraint and index definitions as short text for change descriptions, e.g. {@code (customer_id, total desc)}. */
final class Definitions {
    private Definitions() {
    }

    static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    static String foreignKey(ForeignKey key) {
        String text = columns(key.columns()) + " references " + key.target() + " " + columns(key.targetColumns());
        return key.onDelete() == ReferentialAction.NO_ACTION ? text : text + " on delete " + key.onDelete().sql();
    }

    static String index(Index index) {
        String columns = columns(index.columns().stream().map(IndexColumn::toString).toList());
        return index.unique() ? "unique " + columns : columns;
    }
}
