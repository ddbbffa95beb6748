package dev.schemac.processor.diag;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @SuppressWarnings("schemac:<tag>")} (or {@code "schemac"} for every schemac warning) on an element
 * and the elements around it. javac applies {@code @SuppressWarnings} to its own warnings only and tells no
 * processor about it, so schemac reads the annotation itself; it is kept in the model of a source being compiled.
 */
public final class Suppressions {
    private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

    private Suppressions() {
    }

    /** Whether warnings with {@code tag} are suppressed on {@code element}, e.g. a field or its class. */
    public static boolean suppressed(Element element, String tag) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
                if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                        .contentEquals(SUPPRESS_WARNINGS) && names(mirror, tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(AnnotationMirror mirror, String tag) {
        for (var entry : mirror.getElementValues().entrySet()) {
            ExecutableElement member = entry.getKey();
            if (!member.getSimpleName().contentEquals("value")) {
                continue;
            }
            Object value = entry.getValue().getValue();
            List<?> values = value instanceof List<?> list ? list : List.of(entry.getValue());
            for (Object item : values) {
                Object text = ((AnnotationValue) item).getValue();
                if ("schemac".equals(text) || ("schemac:" + tag).equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
