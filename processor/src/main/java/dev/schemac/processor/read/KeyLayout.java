package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * An entity's key and what maps it.
 *
 * @param parts the key columns in Hibernate's order, empty when the key cannot be read (reported)
 * @param foreignKeys the foreign keys of its derived columns, columns by catalog name
 * @param uniques the join columns of one-to-ones, by catalog name, in the binding order of their target's key
 * @param covered the fields whose columns are all key columns, mapped with the key
 * @param bindingOrder the key columns in the order Hibernate binds them, before it sorts the primary key: the
 *     attributes by name, an association's columns in its target's binding order. A one-to-one's unique
 *     constraint lists its columns in this order.
 */
record KeyLayout(List<Part> parts, List<ForeignKeyDraft> foreignKeys, List<List<String>> uniques,
        Set<Element> covered, List<KeyColumn> bindingOrder) {
    List<KeyColumn> columns() {
        return parts.stream().map(Part::column).toList();
    }

    boolean covers(Attribute attribute) {
        return covered.contains(attribute.field());
    }

    /**
     * One key column.
     *
     * @param column the column as foreign keys to the entity copy it
     * @param attribute the attribute it comes from, an association for a derived column
     * @param overridePath the {@code @AttributeOverride} path of a basic column, or {@code null}
     * @param joinColumn whether an association maps it
     * @param bytes its size as Hibernate sees it when it orders the key, see {@link KeyOrder#bytes(
     *     dev.schemac.schema.ColumnType, boolean)}
     */
    record Part(KeyColumn column, Attribute attribute, String path, String overridePath, boolean joinColumn,
            int bytes) {
    }
}
