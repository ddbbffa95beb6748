package dev.schemac.processor.read;

/**
 * Where an attribute is being read.
 *
 * @param table the entity's table
 * @param path the readable path for diagnostics and origins, e.g. {@code Customer.address}
 * @param attributePath the attribute path from the entity, as {@code @AttributeOverride} names it, e.g.
 *     {@code address}; empty at the entity itself
 * @param inEmbeddable whether the attribute belongs to an embeddable, where primitives are nullable
 * @param overrides the {@code @AttributeOverride}s in force for the entity
 */
record Scope(TableDraft table, String path, String attributePath, boolean inEmbeddable,
        AttributeOverrides overrides) {
    String pathOf(Attribute attribute) {
        return path + "." + attribute.name();
    }

    String attributePathOf(Attribute attribute) {
        return attributePath.isEmpty() ? attribute.name() : attributePath + "." + attribute.name();
    }

    /** The scope inside an embedded attribute. */
    Scope into(Attribute embedded) {
        return new Scope(table, pathOf(embedded), attributePathOf(embedded), true, overrides);
    }
}
