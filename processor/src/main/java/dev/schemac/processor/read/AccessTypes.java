package dev.schemac.processor.read;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * JPA's access types, as Hibernate 7 applies them: a hierarchy's default is where its {@code @Id} or
 * {@code @EmbeddedId} sits (on a field: field access; on a getter: property access), field access when there is
 * none; {@code @Access} on a class sets the access of that class's own attributes; an embeddable without
 * {@code @Access} takes its owning entity's. Each class is looked at once.
 */
final class AccessTypes {
    private final Annotations annotations;
    private final Map<TypeElement, Boolean> hierarchyProperty = new HashMap<>();

    AccessTypes(Annotations annotations) {
        this.annotations = annotations;
    }

    /**
     * Whether the attributes declared in {@code type} are its getters.
     *
     * @param inherited the default for a class without {@code @Access} and without an id in its hierarchy
     */
    boolean isProperty(TypeElement type, boolean inherited) {
        String explicit = explicit(annotations.of(type));
        if (explicit != null) {
            return explicit.equals("PROPERTY");
        }
        Boolean byId = idOnGetter(type);
        return byId != null ? byId : inherited;
    }

    /** The hierarchy's default for an entity or mapped superclass: where its id is; field access without one. */
    boolean hierarchyIsProperty(TypeElement type) {
        Boolean byId = idOnGetter(type);
        return byId != null && byId;
    }

    /** {@code FIELD} or {@code PROPERTY} from an {@code @Access} on the element, or {@code null}. */
    static String explicit(Annotated annotated) {
        return annotated.get(JpaNames.ACCESS).map(a -> a.enumConstant("value")).filter(v -> !v.isEmpty())
                .orElse(null);
    }

    /** Whether the hierarchy's id is on a getter ({@code true}), a field ({@code false}), or nowhere. */
    private Boolean idOnGetter(TypeElement type) {
        if (hierarchyProperty.containsKey(type)) {
            return hierarchyProperty.get(type);
        }
        Boolean result = null;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.FIELD && member.getKind() != ElementKind.METHOD) {
                continue;
            }
            Annotated annotated = annotations.of(member);
            if (annotated.has(JpaNames.ID) || annotated.has(JpaNames.EMBEDDED_ID)) {
                result = member.getKind() == ElementKind.METHOD;
                break;
            }
        }
        if (result == null) {
            TypeMirror superclass = type.getSuperclass();
            if (superclass.getKind() == TypeKind.DECLARED) {
                result = idOnGetter((TypeElement) ((DeclaredType) superclass).asElement());
            }
        }
        hierarchyProperty.put(type, result);
        return result;
    }
}
