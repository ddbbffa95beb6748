package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds the classes annotated {@code @javax.persistence.Entity} among a round's root elements, by the annotation's
 * name, so that they are reported rather than silently ignored.
 */
public final class JavaxEntities {
    private JavaxEntities() {
    }

    /** The javax entities among the elements and the classes nested in them. */
    public static List<TypeElement> in(Collection<? extends Element> rootElements) {
        List<TypeElement> found = new ArrayList<>();
        for (Element element : rootElements) {
            collect(element, found);
        }
        return found;
    }

    private static void collect(Element element, List<TypeElement> found) {
        if (!(element instanceof TypeElement type)) {
            return;
        }
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(JpaNames.JAVAX_ENTITY)) {
                found.add(type);
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind().isClass() || member.getKind() == ElementKind.INTERFACE) {
                collect(member, found);
            }
        }
    }
}
