package dev.schemac.processor.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemacErrorKindsTest {
    @Test
    void anUnsupportedMappingIsCountedByAnnotationAndReasonWithoutTheElement() {
        assertEquals(Map.of("[schemac:unsupported-mapping] @OneToMany on … (collections of entities)", 2),
                SchemacErrorKinds.count(List.of(
                        "[schemac:unsupported-mapping] @OneToMany on Customer.orders is not supported by schemac yet"
                                + " (collections of entities). Map it differently or exclude it with @Transient",
                        "[schemac:unsupported-mapping] @OneToMany on Order.lines is not supported by schemac yet"
                                + " (collections of entities). Map it differently or exclude it with @Transient")));
    }

    @Test
    void anEntityExtendingAnEntityIsOneKind() {
        assertEquals("[schemac:unsupported-entity] … extending an entity (entity inheritance)",
                SchemacErrorKinds.kind("[schemac:unsupported-entity] Dog extending the entity Animal is not"
                        + " supported by schemac yet (entity inheritance). schemac reads one table per entity class"));
    }

    @Test
    void methodsAndAssociationsLoseTheirNames() {
        assertEquals("[schemac:unsupported-mapping] @Id on the method … (property access; schemac reads fields, so"
                + " put @Id on the field)", SchemacErrorKinds.kind("[schemac:unsupported-mapping] @Id on the method"
                        + " Order.getId() is not supported by schemac yet (property access; schemac reads fields, so"
                        + " put @Id on the field). Map it differently or exclude it with @Transient"));
    }

    @Test
    void otherErrorsLoseQuotedNamesAndMembersAndKeepTheirFirstSentence() {
        assertEquals("[schemac:invalid-mapping] the table name '…' of the entity Order is a reserved word in"
                + " PostgreSQL", SchemacErrorKinds.kind("[schemac:invalid-mapping] the table name 'order' of the"
                        + " entity Order is a reserved word in PostgreSQL. Name it\nsecond line"));
        assertEquals("[schemac:unsupported-mapping] the type java.time.ZoneId of … (a reason)",
                SchemacErrorKinds.kind("[schemac:unsupported-mapping] the type java.time.ZoneId of Meeting.zone is"
                        + " not supported by schemac yet (a reason). Map it differently"));
    }
}
