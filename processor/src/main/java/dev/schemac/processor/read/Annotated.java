package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The annotations present on one element, looked up by qualified name. */
final class Annotated {
    private final Element element;
    private final AnnotationDefaults defaults;
    private final Map<String, AnnotationMirror> byName = new LinkedHashMap<>();
    private Map<String, AnnotationValues> values;

    Annotated(Element element, AnnotationDefaults defaults) {
        this.element = element;
        this.defaults = defaults;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            byName.put(type.getQualifiedName().toString(), mirror);
        }
    }

    Element element() {
        return element;
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    Optional<AnnotationValues> get(String name) {
        AnnotationMirror mirror = byName.get(name);
        if (mirror == null) {
            return Optional.empty();
        }
        if (values == null) {
            values = new HashMap<>();
        }
        return Optional.of(values.computeIfAbsent(name, n -> new AnnotationValues(mirror, defaults)));
    }

    /** The qualified names of the annotations, in source order. */
    Set<String> names() {
        return byName.keySet();
    }

    /** A repeatable annotation: javac wraps two or more uses in the container annotation. */
    List<AnnotationValues> repeated(String name, String container) {
        List<AnnotationValues> result = new ArrayList<>();
        get(name).ifPresent(result::add);
        get(container).ifPresent(c -> result.addAll(c.annotations("value")));
        return result;
    }
}
