package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Reads the annotations of elements by name, once per element. */
final class Annotations {
    private final Elements elements;
    private final Map<Element, Annotated> cache = new HashMap<>();

    Annotations(Elements elements) {
        this.elements = elements;
    }

    Annotated of(Element element) {
        return cache.computeIfAbsent(element, e -> new Annotated(e, elements));
    }
}
