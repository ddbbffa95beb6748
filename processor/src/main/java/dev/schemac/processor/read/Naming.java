package dev.schemac.processor.read;

import dev.schemac.processor.Options.NamingStyle;

/**
 * Hibernate's physical naming strategy: the last step from the logical name (explicit, or implicit by JPA's rules,
 * which both styles share) to the name Hibernate writes into its SQL.
 */
interface Naming {
    static Naming of(NamingStyle style) {
        return switch (style) {
            case JPA -> new JpaNaming();
            case SPRING -> new SpringNaming();
        };
    }

    Identifier toPhysical(Identifier logical);

    /** The catalog name for a logical name. */
    default String catalogName(Identifier logical) {
        return toPhysical(logical).catalogName();
    }
}
