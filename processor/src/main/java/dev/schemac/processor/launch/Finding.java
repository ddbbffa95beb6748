package dev.schemac.processor.launch;

import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One diagnostic of a schemac run, detached from javac so that it can be kept and shown again when a later build
 * skips the run.
 *
 * @param kind error, warning or note
 * @param file the source file, or {@code null}
 * @param line the line, or 0
 * @param column the column, or 0
 * @param message the text
 */
public record Finding(Diagnostic.Kind kind, Path file, long line, long column, String message) {
    static Finding of(Diagnostic<? extends JavaFileObject> d) {
        Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
        return new Finding(d.getKind(), file, Math.max(d.getLineNumber(), 0), Math.max(d.getColumnNumber(), 0),
                d.getMessage(Locale.ROOT));
    }

    public boolean isError() {
        return kind == Diagnostic.Kind.ERROR;
    }

    /** {@code /path/File.java:[line,column] message}, as the Maven compiler plugin prints them. */
    @Override
    public String toString() {
        if (file == null) {
            return message;
        }
        return line > 0 ? file + ":[" + line + "," + column + "] " + message : file + " " + message;
    }
}
