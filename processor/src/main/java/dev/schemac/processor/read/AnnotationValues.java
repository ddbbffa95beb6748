package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** One annotation's attribute values by name, the declared defaults filling in what the source leaves out. */
final class AnnotationValues {
    private final AnnotationMirror mirror;
    private final Elements elements;
    private Map<String, AnnotationValue> values;

    AnnotationValues(AnnotationMirror mirror, Elements elements) {
        this.mirror = mirror;
        this.elements = elements;
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** Whether the source gives the attribute, rather than leaving it at its default. */
    boolean isSet(String attribute) {
        for (ExecutableElement key : mirror.getElementValues().keySet()) {
            if (key.getSimpleName().contentEquals(attribute)) {
                return true;
            }
        }
        return false;
    }

    String string(String attribute) {
        return (String) value(attribute);
    }

    boolean bool(String attribute) {
        return (Boolean) value(attribute);
    }

    int integer(String attribute) {
        return (Integer) value(attribute);
    }

    /** The simple name of an enum-valued attribute, e.g. {@code STRING}. */
    String enumConstant(String attribute) {
        return ((VariableElement) value(attribute)).getSimpleName().toString();
    }

    TypeMirror type(String attribute) {
        return (TypeMirror) value(attribute);
    }

    AnnotationValues annotation(String attribute) {
        return new AnnotationValues((AnnotationMirror) value(attribute), elements);
    }

    /** An array attribute of strings; a single value counts as an array of one, as in the source. */
    List<String> strings(String attribute) {
        List<String> result = new ArrayList<>();
        for (AnnotationValue item : items(attribute)) {
            result.add((String) item.getValue());
        }
        return result;
    }

    /** An array attribute of annotations. */
    List<AnnotationValues> annotations(String attribute) {
        List<AnnotationValues> result = new ArrayList<>();
        for (AnnotationValue item : items(attribute)) {
            result.add(new AnnotationValues((AnnotationMirror) item.getValue(), elements));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> items(String attribute) {
        Object value = value(attribute);
        return value instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of(raw(attribute));
    }

    private Object value(String attribute) {
        return raw(attribute).getValue();
    }

    private AnnotationValue raw(String attribute) {
        if (values == null) {
            values = new HashMap<>();
            for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
                values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
            }
        }
        AnnotationValue value = values.get(attribute);
        if (value == null) {
            throw new IllegalArgumentException("@" + mirror.getAnnotationType() + " has no attribute " + attribute);
        }
        return value;
    }
}
