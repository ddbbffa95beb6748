package dev.schemac.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The persistent fields of a class in column order: those of its {@code @MappedSuperclass} ancestors first, the
 * top-most first, then its own, each in declaration order. Static, {@code transient} and {@code @Transient} fields
 * are not persistent; neither are those of superclasses that are not mapped. Each class is walked once.
 */
final class AttributeCollector {
    private final Types types;
    private final Annotations annotations;
    private final Map<String, List<Attribute>> cache = new HashMap<>();

    AttributeCollector(Types types, Annotations annotations) {
        this.types = types;
        this.annotations = annotations;
    }

    /** The persistent fields of {@code owner}, typed as members of it. */
    List<Attribute> of(DeclaredType owner) {
        return cache.computeIfAbsent(owner.toString(), key -> collect(owner));
    }

    /** The class and its mapped superclasses up to its parent entity, if any, the top-most first. */
    Deque<TypeElement> mappedHierarchy(TypeElement type) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        chain.push(type);
        for (TypeElement current = superclass(type); current != null; current = superclass(current)) {
            if (annotations.of(current).has(JpaNames.ENTITY)) {
                break;
            }
            if (annotations.of(current).has(JpaNames.MAPPED_SUPERCLASS)) {
                chain.push(current);
            }
        }
        return chain;
    }

    /** The direct superclass, or {@code null} at {@code Object}. */
    TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    private List<Attribute> collect(DeclaredType owner) {
        List<Attribute> result = new ArrayList<>();
        int level = 0;
        for (TypeElement declaring : mappedHierarchy((TypeElement) owner.asElement())) {
            for (Element member : declaring.getEnclosedElements()) {
                if (member.getKind() != ElementKind.FIELD) {
                    continue;
                }
                VariableElement field = (VariableElement) member;
                if (field.getModifiers().contains(Modifier.STATIC)
                        || field.getModifiers().contains(Modifier.TRANSIENT)) {
                    continue;
                }
                Annotated annotated = annotations.of(field);
                if (!annotated.has(JpaNames.TRANSIENT)) {
                    result.add(new Attribute(field, types.asMemberOf(owner, field), annotated, level));
                }
            }
            level++;
        }
        return List.copyOf(result);
    }
}
