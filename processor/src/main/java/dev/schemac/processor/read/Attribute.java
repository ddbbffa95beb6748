package dev.schemac.processor.read;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent field.
 *
 * @param field the field, possibly declared in a mapped superclass
 * @param name the field's name
 * @param type its type as seen from the class that uses it (type variables of generic superclasses resolved)
 * @param annotations its annotations
 */
record Attribute(VariableElement field, String name, TypeMirror type, Annotated annotations) {
    Attribute(VariableElement field, TypeMirror type, Annotated annotations) {
        this(field, field.getSimpleName().toString(), type, annotations);
    }

    boolean has(String annotation) {
        return annotations.has(annotation);
    }
}
