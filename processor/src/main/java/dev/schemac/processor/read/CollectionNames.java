package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;

/**
 * The implicit names Hibernate 7 gives join columns (of associations too), collection tables and join tables, as
 * logical names for the physical naming strategy. A table's name is quoted when a table it is named after is
 * quoted, a join column's when the table or key column it refers to is.
 */
final class CollectionNames {
    private CollectionNames() {
    }

    /** {@code <entity name>_<attribute>}, JPA's name for an element collection's table under both namings. */
    static Identifier collectionTable(String entityName, Head owner, Attribute attribute) {
        return quotedIf(Identifier.parse(entityName + "_" + attribute.name()), owner.physicalTable().quoted());
    }

    /**
     * {@code <owner table>_<target table>}, JPA's name for a join table; Spring Boot's implicit naming strategy
     * names it {@code <owner table>_<attribute>} instead.
     */
    static Identifier joinTable(Naming naming, Head owner, Head target, Attribute attribute) {
        String second = naming instanceof SpringNaming ? attribute.name() : target.physicalTable().text();
        return quotedIf(Identifier.parse(owner.physicalTable().text() + "_" + second),
                owner.physicalTable().quoted() || target.physicalTable().quoted());
    }

    /** {@code <prefix>_<referenced key column>}, quoted when the referenced table or column is. */
    static Identifier joinColumn(String prefix, KeyColumn key, Head referenced) {
        return quotedIf(Identifier.parse(prefix + "_" + key.logical().text()),
                key.logical().quoted() || referenced.physicalTable().quoted());
    }

    /** {@code <attribute>_ORDER} or {@code <attribute>_KEY}: order and map key columns. */
    static Identifier suffixed(Attribute attribute, String suffix) {
        return Identifier.parse(attribute.name() + suffix);
    }

    private static Identifier quotedIf(Identifier name, boolean quoted) {
        return quoted ? name.asQuoted() : name;
    }
}
