package dev.schemac.processor.launch;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileObject;

/**
 * A {@link Messager} for schemac's own javac run: a message about an element goes through javac, at the position
 * javac's own messager would give it; a message about nothing in particular goes straight to the listener.
 */
final class TreeMessager implements Messager {
    private final Trees trees;
    private final DiagnosticListener<JavaFileObject> listener;

    TreeMessager(Trees trees, DiagnosticListener<JavaFileObject> listener) {
        this.trees = trees;
        this.listener = listener;
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
        listener.report(new Unplaced(kind, message.toString()));
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
        TreePath path = element == null ? null : trees.getPath(element);
        if (path == null) {
            printMessage(kind, message);
        } else {
            trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
        }
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror a) {
        printMessage(kind, message, element);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror a,
            AnnotationValue v) {
        printMessage(kind, message, element);
    }

    /** A diagnostic without a source position. */
    private record Unplaced(Kind kind, String message) implements Diagnostic<JavaFileObject> {
        @Override
        public Kind getKind() {
            return kind;
        }

        @Override
        public JavaFileObject getSource() {
            return null;
        }

        @Override
        public long getPosition() {
            return NOPOS;
        }

        @Override
        public long getStartPosition() {
            return NOPOS;
        }

        @Override
        public long getEndPosition() {
            return NOPOS;
        }

        @Override
        public long getLineNumber() {
            return NOPOS;
        }

        @Override
        public long getColumnNumber() {
            return NOPOS;
        }

        @Override
        public String getCode() {
            return null;
        }

        @Override
        public String getMessage(Locale locale) {
            return message;
        }
    }
}
