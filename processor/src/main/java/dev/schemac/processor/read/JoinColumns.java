package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.KeyColumn;
import java.util.List;

/**
 * Reads the {@code @JoinColumn}s of collections: which key column each one joins, what schemac cannot model in
 * them, and the foreign key they ask for.
 */
final class JoinColumns {
    /**
     * The foreign key a mapping asks for.
     *
     * @param wanted {@code false} for {@code ConstraintMode.NO_CONSTRAINT}
     * @param name its explicit name, or {@code null}
     */
    record ForeignKeyName(boolean wanted, String name) {
    }

    private JoinColumns() {
    }

    /**
     * The join column for key column {@code index}: the one whose {@code referencedColumnName} names it, else (for
     * a key of one column, or none naming one) the one at the same position.
     */
    static AnnotationValues matching(List<AnnotationValues> joinColumns, List<KeyColumn> key, int index,
            Naming naming) {
        for (AnnotationValues joinColumn : joinColumns) {
            Identifier referenced = Identifier.parse(joinColumn.string("referencedColumnName"));
            if (referenced != null && naming.catalogName(referenced).equals(key.get(index).name())) {
                return joinColumn;
            }
        }
        return joinColumns.get(index);
    }

    /** Reports what schemac cannot model in a join column; {@code false} when there was something. */
    static boolean isSupported(ReadContext context, AnnotationValues joinColumn, Attribute attribute, KeyColumn key,
            String path) {
        if (context.unsupported.inColumn(joinColumn, attribute.field(), path)) {
            return false;
        }
        Identifier referenced = Identifier.parse(joinColumn.string("referencedColumnName"));
        if (referenced != null && !context.naming.catalogName(referenced).equals(key.name())) {
            String annotation = "@" + joinColumn.mirror().getAnnotationType().asElement().getSimpleName();
            context.problems.unsupported(attribute.field(), annotation + "(referencedColumnName = \""
                    + joinColumn.string("referencedColumnName") + "\") on " + path,
                    "foreign keys to columns other than the primary key " + key.name());
            return false;
        }
        return true;
    }

    /**
     * The foreign key asked for by the table-level {@code @ForeignKey} (of {@code @JoinTable} or
     * {@code @CollectionTable}), else by the first join column's; {@code null} after reporting one written in SQL.
     */
    static ForeignKeyName foreignKeyName(ReadContext context, AnnotationValues tableLevel,
            List<AnnotationValues> joinColumns, Attribute attribute, String path) {
        ForeignKeyName result = new ForeignKeyName(true, null);
        AnnotationValues first = joinColumns.isEmpty() ? null : joinColumns.get(0).annotation("foreignKey");
        for (AnnotationValues foreignKey : new AnnotationValues[] {first, tableLevel}) {
            if (foreignKey == null) {
                continue;
            }
            if (!foreignKey.string("foreignKeyDefinition").isBlank()) {
                context.problems.unsupported(attribute.field(), "@ForeignKey(foreignKeyDefinition) on " + path,
                        "foreign keys written in SQL");
                return null;
            }
            if (foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
                result = new ForeignKeyName(false, null);
            } else if (!foreignKey.string("name").isBlank()) {
                result = new ForeignKeyName(true, foreignKey.string("name"));
            }
        }
        return result;
    }
}
