package dev.schemac.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Reports {@link Message}s through javac, attached to the element they are about, and counts the errors. */
public final class Diagnostics {
    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports a message on an element, or on the compilation as a whole when {@code element} is null. */
    public void report(Message message, Element element, Object... args) {
        if (message.kind() == Kind.ERROR) {
            errors++;
        }
        if (element == null) {
            messager.printMessage(message.kind(), message.format(args));
        } else {
            messager.printMessage(message.kind(), message.format(args), element);
        }
    }

    /**
     * Reports a warning unless the element, or one around it, suppresses its tag with
     * {@code @SuppressWarnings("schemac:<tag>")} or {@code @SuppressWarnings("schemac")}.
     */
    public void warn(Message message, Element element, Object... args) {
        if (element == null || !Suppressions.suppressed(element, message.tag())) {
            report(message, element, args);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }
}
