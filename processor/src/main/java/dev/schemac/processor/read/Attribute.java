package dev.schemac.processor.read;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent field.
 *
 * @param field the field, possibly declared in a mapped superclass
 * @param type its type as seen from the class that uses it (type variables of generic superclasses resolved)
 * @param annotations its annotations
 */
record Attribute(VariableElement field, TypeMirror type, Annotated annotations) {
    String name() {
        return field.getSimpleName().toString();
    }

    boolean has(String annotation) {
        return annotations.has(annotation);
    }
}
