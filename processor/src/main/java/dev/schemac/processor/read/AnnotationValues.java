package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** One annotation's attribute values by name, the declared defaults filling in what the source leaves out. */
final class AnnotationValues {
    private final AnnotationMirror mirror;
    private final AnnotationDefaults defaults;
    private Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;

    AnnotationValues(AnnotationMirror mirror, AnnotationDefaults defaults) {
        this.mirror = mirror;
        this.defaults = defaults;
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** Whether the source gives the attribute, rather than leaving it at its default. */
    boolean isSet(String attribute) {
        return given(attribute) != null;
    }

    String string(String attribute) {
        return typed(attribute, String.class, "");
    }

    boolean bool(String attribute) {
        return typed(attribute, Boolean.class, false);
    }

    int integer(String attribute) {
        return typed(attribute, Integer.class, 0);
    }

    long longValue(String attribute) {
        return typed(attribute, Long.class, 0L);
    }

    /** The simple name of an enum-valued attribute, e.g. {@code STRING}, or "" when the source does not compile. */
    String enumConstant(String attribute) {
        VariableElement constant = typed(attribute, VariableElement.class, null);
        return constant == null ? "" : constant.getSimpleName().toString();
    }

    /** A class-valued attribute, or {@code null} when the source does not compile. */
    TypeMirror type(String attribute) {
        return typed(attribute, TypeMirror.class, null);
    }

    /** A nested annotation, or {@code null} when the source does not compile. */
    AnnotationValues annotation(String attribute) {
        AnnotationMirror nested = typed(attribute, AnnotationMirror.class, null);
        return nested == null ? null : new AnnotationValues(nested, defaults);
    }

    /** An array attribute of strings; a single value counts as an array of one, as in the source. */
    List<String> strings(String attribute) {
        List<String> result = new ArrayList<>();
        for (AnnotationValue item : items(attribute)) {
            if (item.getValue() instanceof String string) {
                result.add(string);
            }
        }
        return result;
    }

    /** An array attribute of annotations. */
    List<AnnotationValues> annotations(String attribute) {
        List<AnnotationValues> result = new ArrayList<>();
        for (AnnotationValue item : items(attribute)) {
            if (item.getValue() instanceof AnnotationMirror nested) {
                result.add(new AnnotationValues(nested, defaults));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> items(String attribute) {
        Object value = value(attribute);
        return value instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(raw(attribute));
    }

    /**
     * The value, or {@code fallback} when it is not of the expected type: javac hands over erroneous values (such as
     * a constant it cannot resolve) and reports them itself.
     */
    private <T> T typed(String attribute, Class<T> type, T fallback) {
        Object value = raw(attribute).getValue();
        return type.isInstance(value) ? type.cast(value) : fallback;
    }

    private Object value(String attribute) {
        return raw(attribute).getValue();
    }

    private AnnotationValue raw(String attribute) {
        AnnotationValue value = given(attribute);
        if (value == null) {
            value = defaults.of(mirror, attribute);
        }
        if (value == null) {
            throw new IllegalArgumentException("@" + mirror.getAnnotationType() + " has no attribute " + attribute);
        }
        return value;
    }

    /** The value the source gives, or {@code null}; sources give few values, so a scan is the fastest lookup. */
    private AnnotationValue given(String attribute) {
        if (explicit == null) {
            explicit = mirror.getElementValues();
        }
        for (var entry : explicit.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
