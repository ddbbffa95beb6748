package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

        Optional<AnnotationValues> get(String name) {
            Optional<AnnotationValues> found = own.get(name);
            return found.isPresent() || other == null ? found : other.get(name);
        }
    }

    /** The constraints Hibernate turns into DDL, also when another constraint annotation is composed of them. */
    private static final List<String> IN_DDL = List.of(BeanValidation.NOT_NULL,
            BeanValidation.NOT_EMPTY, BeanValidation.NOT_BLANK, BeanValidation.SIZE, BeanValidation.LENGTH,
            BeanValidation.DIGITS, BeanValidation.MIN, BeanValidation.MAX, BeanValidation.RANGE);

    private final Annotations annotations;
    private final Map<Element, Boolean> composed = new HashMap<>();
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

    /**
     * The simple name of a constraint annotation of the project's own on the attribute that is composed of one
     * Hibernate turns into DDL, or {@code null}: schemac does not read those, and Hibernate would apply them.
     */
    String composedConstraint(Attribute attribute) {
        for (var mirror : attribute.field().getAnnotationMirrors()) {
            Element type = mirror.getAnnotationType().asElement();
            String name = ((TypeElement) type).getQualifiedName().toString();
            if (name.startsWith("jakarta.") || name.startsWith("org.hibernate.") || name.startsWith("java.")) {
                continue;
            }
            if (composed.computeIfAbsent(type, t -> IN_DDL.stream().anyMatch(annotations.of(t)::has))) {
                return type.getSimpleName().toString();
            }
        }
        return null;
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
