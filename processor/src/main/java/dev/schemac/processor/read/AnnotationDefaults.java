package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;

/** The declared default of each attribute of each annotation type, read once per type. */
final class AnnotationDefaults {
    private final Map<Element, Map<String, AnnotationValue>> byType = new HashMap<>();

    /** The default of the attribute of the mirror's annotation type, or {@code null} when it has none. */
    AnnotationValue of(AnnotationMirror mirror, String attribute) {
        Element type = mirror.getAnnotationType().asElement();
        return byType.computeIfAbsent(type, AnnotationDefaults::read).get(attribute);
    }

    private static Map<String, AnnotationValue> read(Element type) {
        Map<String, AnnotationValue> defaults = new HashMap<>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD) {
                AnnotationValue value = ((ExecutableElement) member).getDefaultValue();
                if (value != null) {
                    defaults.put(member.getSimpleName().toString(), value);
                }
            }
        }
        return defaults;
    }
}
