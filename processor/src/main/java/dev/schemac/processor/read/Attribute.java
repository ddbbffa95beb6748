package dev.schemac.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: a field, or a getter under property access.
 *
 * @param field the field or getter, possibly declared in a mapped superclass; diagnostics go on it
 * @param name the attribute's name: the field's, or the getter's property name ({@code getFirstName} gives
 *     {@code firstName})
 * @param type its type as seen from the class that uses it (type variables of generic superclasses resolved)
 * @param annotations its annotations
 * @param classLevel the place of the declaring class in the mapped hierarchy, 0 for the top-most
 */
record Attribute(Element field, String name, TypeMirror type, Annotated annotations, int classLevel) {
    Attribute(Element field, TypeMirror type, Annotated annotations, int classLevel) {
        this(field, field.getSimpleName().toString(), type, annotations, classLevel);
    }

    boolean has(String annotation) {
        return annotations.has(annotation);
    }
}
