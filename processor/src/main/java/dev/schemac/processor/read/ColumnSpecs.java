package dev.schemac.processor.read;

import java.util.Optional;

/**
 * Finds the column annotation in force for an attribute: an {@code @AttributeOverride} from outside replaces the
 * attribute's own {@code @Column} whole, as in Hibernate.
 */
final class ColumnSpecs {
    private final UnsupportedMappings unsupported;

    ColumnSpecs(UnsupportedMappings unsupported) {
        this.unsupported = unsupported;
    }

    /** The column spec, or {@code null} after reporting an attribute of it that schemac cannot model. */
    ColumnSpec resolve(Attribute attribute, String attributePath, AttributeOverrides overrides, String path) {
        Optional<AttributeOverrides.Override> override = overrides.take(attributePath);
        if (override.isPresent()) {
            AnnotationValues column = override.get().column();
            return unsupported.inColumn(column, override.get().declaredOn(), path) ? null
                    : ColumnSpec.of(column, override.get().declaredOn());
        }
        Optional<AnnotationValues> column = attribute.annotations().get(JpaNames.COLUMN);
        if (column.isEmpty()) {
            return ColumnSpec.absent(attribute.field());
        }
        return unsupported.inColumn(column.get(), attribute.field(), path) ? null
                : ColumnSpec.of(column.get(), attribute.field());
    }
}
