package dev.schemac.processor.read;

import dev.schemac.processor.read.KeyLayout.Part;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.schema.Column;
import java.util.List;

/**
 * Puts a composite or derived key (see {@link KeyReader}) into the entity's table: its columns, NOT NULL, in
 * Hibernate's order, the primary key over them, and the foreign keys and one-to-one uniques of its associations.
 */
final class KeyMapper {
    private final ReadContext context;
    private final Columns columns;

    KeyMapper(ReadContext context) {
        this.context = context;
        this.columns = new Columns(context);
    }

    void map(KeyLayout key, Scope scope) {
        TableDraft table = scope.table();
        for (Part part : key.parts()) {
            if (part.overridePath() != null) {
                // marks an entity-level @AttributeOverride of a key column as used
                scope.overrides().take(part.overridePath());
            }
            String name = columns.name(part.column().logical(), part.attribute(), part.path());
            if (name == null) {
                continue;
            }
            ColumnDraft draft = columns.add(scope, part.attribute(),
                    Column.column(name, part.column().type()).withNullable(false), false, part.joinColumn());
            if (draft != null) {
                table.addPrimaryKey(name);
            }
        }
        for (List<String> unique : key.uniques()) {
            table.addUnique(null, unique);
        }
        key.foreignKeys().forEach(table::addForeignKey);
    }
}
