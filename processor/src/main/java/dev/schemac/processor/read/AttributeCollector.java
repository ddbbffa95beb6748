package dev.schemac.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The persistent attributes of a class in column order: those of its {@code @MappedSuperclass} ancestors first,
 * the top-most first, then its own, each in declaration order. Under field access (see {@link AccessTypes}) they
 * are the fields, except static, {@code transient} and {@code @Transient} ones; under property access the getters
 * ({@code getX()}, {@code isX()} for booleans), except static and {@code @Transient} ones. An {@code @Access} on a
 * single field or getter adds it to a class of the other access type, in place of the attribute of the same name.
 * Superclasses that are not mapped add nothing. Each class is walked once per access type.
 */
final class AttributeCollector {
    private final Types types;
    private final Annotations annotations;
    private final AccessTypes access;
    private final Map<String, List<Attribute>> cache = new HashMap<>();

    AttributeCollector(Types types, Annotations annotations) {
        this.types = types;
        this.annotations = annotations;
        this.access = new AccessTypes(annotations);
    }

    AccessTypes access() {
        return access;
    }

    /** The persistent attributes of an entity or mapped superclass, typed as members of it. */
    List<Attribute> of(DeclaredType owner) {
        return of(owner, access.hierarchyIsProperty((TypeElement) owner.asElement()));
    }

    /**
     * The persistent attributes of {@code owner}, typed as members of it.
     *
     * @param inheritedProperty the access an embeddable without {@code @Access} takes: its owning entity's
     */
    List<Attribute> of(DeclaredType owner, boolean inheritedProperty) {
        return cache.computeIfAbsent(owner + (inheritedProperty ? "|property" : "|field"),
                key -> collect(owner, inheritedProperty));
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

    /** The property name of a getter, or {@code null} when the method is not one. */
    static String propertyName(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)
                || !method.getTypeParameters().isEmpty()) {
            return null;
        }
        String name = method.getSimpleName().toString();
        TypeMirror returned = method.getReturnType();
        String suffix;
        if (name.length() > 3 && name.startsWith("get") && returned.getKind() != TypeKind.VOID) {
            suffix = name.substring(3);
        } else if (name.length() > 2 && name.startsWith("is") && (returned.getKind() == TypeKind.BOOLEAN
                || returned.toString().equals("java.lang.Boolean"))) {
            suffix = name.substring(2);
        } else {
            return null;
        }
        // java.beans.Introspector.decapitalize: getURL is the property URL, getUrl is url
        if (suffix.length() > 1 && Character.isUpperCase(suffix.charAt(0))
                && Character.isUpperCase(suffix.charAt(1))) {
            return suffix;
        }
        return Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
    }

    private List<Attribute> collect(DeclaredType owner, boolean inheritedProperty) {
        List<Attribute> result = new ArrayList<>();
        int level = 0;
        for (TypeElement declaring : mappedHierarchy((TypeElement) owner.asElement())) {
            boolean property = access.isProperty(declaring, inheritedProperty);
            List<Attribute> own = new ArrayList<>();
            Set<String> explicit = new HashSet<>();
            for (Element member : declaring.getEnclosedElements()) {
                Attribute attribute = attribute(owner, member, property, level);
                if (attribute != null) {
                    own.add(attribute);
                    if (AccessTypes.explicit(attribute.annotations()) != null) {
                        explicit.add(attribute.name());
                    }
                }
            }
            for (Attribute attribute : own) {
                boolean byAccess = (attribute.field().getKind() == ElementKind.METHOD) == property;
                // an attribute given the other access explicitly replaces the one of the same name
                if (!byAccess || !explicit.contains(attribute.name())) {
                    result.add(attribute);
                }
            }
            level++;
        }
        return List.copyOf(result);
    }

    private Attribute attribute(DeclaredType owner, Element member, boolean property, int level) {
        if (member.getKind() == ElementKind.FIELD) {
            if (member.getModifiers().contains(Modifier.STATIC) || member.getModifiers().contains(Modifier.TRANSIENT)) {
                return null;
            }
            Annotated annotated = annotations.of(member);
            boolean persistent = property ? "FIELD".equals(AccessTypes.explicit(annotated)) : true;
            if (!persistent || annotated.has(JpaNames.TRANSIENT)) {
                return null;
            }
            return new Attribute(member, types.asMemberOf(owner, member), annotated, level);
        }
        if (member.getKind() != ElementKind.METHOD) {
            return null;
        }
        String name = propertyName((ExecutableElement) member);
        if (name == null) {
            return null;
        }
        Annotated annotated = annotations.of(member);
        boolean persistent = property || "PROPERTY".equals(AccessTypes.explicit(annotated));
        if (!persistent || annotated.has(JpaNames.TRANSIENT)) {
            return null;
        }
        TypeMirror type = ((ExecutableType) types.asMemberOf(owner, member)).getReturnType();
        return new Attribute(member, name, type, annotated, level);
    }
}
