package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Reads the annotations of elements by name. Those of classes are remembered, since many entities share their
 * superclasses, embeddables and targets; a field is read once anyway.
 */
final class Annotations {
    private final AnnotationDefaults defaults = new AnnotationDefaults();
    private final Map<Element, Annotated> classes = new HashMap<>();

    Annotated of(Element element) {
        if (!element.getKind().isClass() && !element.getKind().isInterface()) {
            return new Annotated(element, defaults);
        }
        return classes.computeIfAbsent(element, e -> new Annotated(e, defaults));
    }
}
