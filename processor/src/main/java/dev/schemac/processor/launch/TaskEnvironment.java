package dev.schemac.processor.launch;

import com.sun.source.util.JavacTask;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What the processor's code needs from javac, taken from a {@link JavacTask} instead of annotation processing. */
final class TaskEnvironment implements ProcessingEnvironment {
    private final JavacTask task;
    private final Map<String, String> options;
    private final Messager messager;

    TaskEnvironment(JavacTask task, Map<String, String> options, Messager messager) {
        this.task = task;
        this.options = Map.copyOf(options);
        this.messager = messager;
    }

    @Override
    public Map<String, String> getOptions() {
        return options;
    }

    @Override
    public Messager getMessager() {
        return messager;
    }

    @Override
    public Filer getFiler() {
        // schemac writes into the source tree with plain file I/O, never through the Filer.
        throw new UnsupportedOperationException("no Filer outside annotation processing");
    }

    @Override
    public Elements getElementUtils() {
        return task.getElements();
    }

    @Override
    public Types getTypeUtils() {
        return task.getTypes();
    }

    @Override
    public SourceVersion getSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Locale getLocale() {
        return Locale.ROOT;
    }
}
