package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where Bean Validation finds an attribute's constraints: on its field and on its getter alike, whichever of the
 * two the access type makes the attribute (Hibernate asks the validator for the property by name). Each class's
 * fields and getters are indexed once.
 */
final class ValidationTargets {
    /** An attribute's own annotations and those of its other member (field or getter), or {@code null}. */
    record Constraints(Annotated own, Annotated other) {
        boolean has(String name) {
            return own.has(name) || other != null && other.has(name);
        }

        java.util.Optional<AnnotationValues> get(String name) {
            java.util.Optional<AnnotationValues> found = own.get(name);
            return found.isPresent() || other == null ? found : other.get(name);
        }
    }

    private final Annotations annotations;
    private final Map<TypeElement, Map<String, Element>> fields = new HashMap<>();
    private final Map<TypeElement, Map<String, Element>> getters = new HashMap<>();

    ValidationTargets(Annotations annotations) {
        this.annotations = annotations;
    }

    Constraints of(Attribute attribute) {
        Element member = attribute.field();
        if (!(member.getEnclosingElement() instanceof TypeElement declaring)) {
            return new Constraints(attribute.annotations(), null);
        }
        boolean isGetter = member.getKind() == ElementKind.METHOD;
        Element other = index(declaring, !isGetter).get(attribute.name());
        return new Constraints(attribute.annotations(), other == null ? null : annotations.of(other));
    }

    private Map<String, Element> index(TypeElement type, boolean ofGetters) {
        Map<TypeElement, Map<String, Element>> cache = ofGetters ? getters : fields;
        return cache.computeIfAbsent(type, t -> {
            Map<String, Element> byName = new HashMap<>();
            for (Element member : t.getEnclosedElements()) {
                if (ofGetters && member.getKind() == ElementKind.METHOD) {
                    String name = AttributeCollector.propertyName((ExecutableElement) member);
                    if (name != null) {
                        byName.putIfAbsent(name, member);
                    }
                } else if (!ofGetters && member.getKind() == ElementKind.FIELD) {
                    byName.put(member.getSimpleName().toString(), member);
                }
            }
            return byName;
        });
    }
}
