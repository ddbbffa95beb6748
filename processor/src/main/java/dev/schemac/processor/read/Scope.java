package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an attribute is being read.
 *
 * @param table the entity's table
 * @param path the readable path for diagnostics and origins, e.g. {@code Customer.address}
 * @param attributePath the attribute path from the entity, as {@code @AttributeOverride} names it, e.g.
 *     {@code address}; empty at the entity itself
 * @param inEmbeddable whether the attribute belongs to an embeddable, where primitives are nullable
 * @param overrides the {@code @AttributeOverride}s in force for the entity
 * @param bindingOrder where Hibernate binds the enclosing embedded attributes, see {@link #bindingOrderOf}
 * @param validated whether Hibernate applies Bean Validation constraints to the DDL here: on the entity's own
 *     attributes, and inside embedded attributes marked {@code @Valid} all the way down
 */
record Scope(TableDraft table, String path, String attributePath, boolean inEmbeddable,
        AttributeOverrides overrides, List<String> bindingOrder, boolean validated) {
    /** The scope of an entity's own attributes. */
    Scope(TableDraft table, String path, AttributeOverrides overrides) {
        this(table, path, "", false, overrides, List.of(), true);
    }

    String pathOf(Attribute attribute) {
        return path + "." + attribute.name();
    }

    String attributePathOf(Attribute attribute) {
        return attributePath.isEmpty() ? attribute.name() : attributePath + "." + attribute.name();
    }

    /** The scope inside an embedded attribute. */
    Scope into(Attribute embedded) {
        return new Scope(table, pathOf(embedded), attributePathOf(embedded), true, overrides,
                bindingOrderOf(embedded), validated && embedded.has(BeanValidation.VALID));
    }

    /**
     * When Hibernate binds the attribute among the others of the entity, to compare as a list of strings: it takes
     * the classes of a mapped hierarchy from the top, and the attributes of each class in the order of their names.
     */
    List<String> bindingOrderOf(Attribute attribute) {
        List<String> order = new ArrayList<>(bindingOrder);
        int level = attribute.classLevel();
        // "07:name": the level zero-padded so that the strings sort as the levels do (String.format is slow here).
        order.add((level < 10 ? "0" : "") + level + ":" + attribute.name());
        return List.copyOf(order);
    }
}
