package dev.schemac.processor.read;

import dev.schemac.processor.diag.Diagnostics;
import dev.schemac.processor.diag.Message;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Reports what is wrong with the entities, each problem once: a mapped superclass or embeddable shared by many
 * entities is read once per use, but its field deserves one error.
 */
final class Problems {
    private final Diagnostics diagnostics;
    private final Set<List<Object>> reported = new HashSet<>();
    private int errors;

    Problems(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A field-level mapping schemac does not read yet, e.g. {@code @OneToMany on Customer.orders}. */
    void unsupported(Element element, String what, String why) {
        report(Message.UNSUPPORTED_MAPPING, element, what, why);
    }

    /** A class-level mapping schemac does not read yet, e.g. {@code @Inheritance on Animal}. */
    void unsupportedEntity(Element element, String what, String why) {
        report(Message.UNSUPPORTED_ENTITY, element, what, why);
    }

    void invalid(Element element, String text) {
        report(Message.INVALID_MAPPING, element, text);
    }

    void report(Message message, Element element, Object... args) {
        List<Object> key = Arrays.asList(message, element, Arrays.asList(args));
        if (reported.add(key)) {
            if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
                errors++;
            }
            diagnostics.report(message, element, args);
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
