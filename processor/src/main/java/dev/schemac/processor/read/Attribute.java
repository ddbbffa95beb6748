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
 * @param classLevel the place of the declaring class in the mapped hierarchy, 0 for the top-most
 */
record Attribute(VariableElement field, String name, TypeMirror type, Annotated annotations, int classLevel) {
    Attribute(VariableElement field, TypeMirror type, Annotated annotations, int classLevel) {
        this(field, field.getSimpleName().toString(), type, annotations, classLevel);
    }

    boolean has(String annotation) {
        return annotations.has(annotation);
    }
}
