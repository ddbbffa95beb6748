package dev.schemac.processor.read;

import dev.schemac.processor.diag.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The {@code @AttributeOverride}s in force while one entity is read, by attribute path from the entity. An outer
 * override wins over an inner one for the same attribute, as JPA requires.
 */
final class AttributeOverrides {
    /** One override and where it was found. */
    private record Entry(String name, String owner, AnnotationValues column, Element declaredOn) {
    }

    private final Map<String, Entry> byPath = new LinkedHashMap<>();
    private final Map<String, Entry> unused = new LinkedHashMap<>();
    private final Map<String, JoinColumnsReader.Override> associations = new LinkedHashMap<>();

    /**
     * Adds the overrides on an element.
     *
     * @param prefix the attribute path of the element, empty for the entity class
     * @param owner the simple name of the class whose attributes the overrides name, for the warning
     */
    void add(String prefix, Annotated on, String owner) {
        for (AnnotationValues override : on.repeated(JpaNames.ATTRIBUTE_OVERRIDE, JpaNames.ATTRIBUTE_OVERRIDES)) {
            String name = override.string("name");
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            AnnotationValues column = override.annotation("column");
            if (column == null) {
                continue;
            }
            Entry entry = new Entry(name, owner, column, on.element());
            if (byPath.putIfAbsent(path, entry) == null) {
                unused.put(path, entry);
            }
        }
        for (AnnotationValues override : on.repeated(JpaNames.ASSOCIATION_OVERRIDE,
                JpaNames.ASSOCIATION_OVERRIDES)) {
            String name = override.string("name");
            associations.putIfAbsent(prefix.isEmpty() ? name : prefix + "." + name, new JoinColumnsReader.Override(
                    override.annotations("joinColumns"),
                    override.isSet("foreignKey") ? override.annotation("foreignKey") : null,
                    override.isSet("joinTable")));
        }
    }

    /** The {@code @AssociationOverride} for this attribute path, or {@code null}. */
    JoinColumnsReader.Override association(String attributePath) {
        return associations.get(attributePath);
    }

    /** The column annotation an override gives, and the element the override is on. */
    record Override(AnnotationValues column, Element declaredOn) {
    }

    /** The override for this attribute path, marking it as used. */
    Optional<Override> take(String attributePath) {
        Entry entry = byPath.get(attributePath);
        if (entry == null) {
            return Optional.empty();
        }
        unused.remove(attributePath);
        return Optional.of(new Override(entry.column(), entry.declaredOn()));
    }

    void reportUnused(Problems problems) {
        for (Entry entry : unused.values()) {
            problems.report(Message.OVERRIDE_UNMATCHED, entry.declaredOn(), entry.name(), entry.owner());
        }
    }
}
