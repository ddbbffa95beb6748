package dev.schemac.processor.launch;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.schemac.processor.Options;
import dev.schemac.processor.ProjectFiles;
import dev.schemac.processor.SchemacRun;
import java.util.Map;
import java.util.function.Function;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * Runs schemac at the moment javac has entered every class and is about to analyze method bodies, then stops
 * javac: schemac needs declarations only, so the rest of a compile (and a second enter, as annotation processing
 * rounds do) would be wasted.
 */
final class OnceEntered implements TaskListener {
    private final JavacTask task;
    private final Iterable<? extends CompilationUnitTree> units;
    private final Map<String, String> options;
    private final DiagnosticCollector<JavaFileObject> diagnostics;
    private final Function<Options, ProjectFiles> projectFiles;
    private boolean ran;

    OnceEntered(JavacTask task, Iterable<? extends CompilationUnitTree> units, Map<String, String> options,
            DiagnosticCollector<JavaFileObject> diagnostics, Function<Options, ProjectFiles> projectFiles) {
        this.task = task;
        this.units = units;
        this.options = options;
        this.diagnostics = diagnostics;
        this.projectFiles = projectFiles;
    }

    /** Thrown out of javac once schemac has run. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("schemac has what it needs", null, false, false);
        }
    }

    @Override
    public void started(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE) {
            runIfNotYet();
            throw new Stop();
        }
    }

    void runIfNotYet() {
        if (ran) {
            return;
        }
        ran = true;
        if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
            return; // javac found errors in the sources; a model read from them could be wrong
        }
        EntityScan scan = new EntityScan(Trees.instance(task), units);
        TreeMessager messager = new TreeMessager(Trees.instance(task), diagnostics);
        SchemacRun.execute(new TaskEnvironment(task, options, messager), scan.entities(), scan.javaxEntities(),
                scan.converters(),
                projectFiles);
    }

    /** Whether javac ended because of {@link Stop}; javac wraps what a listener throws. */
    static boolean stoppedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stop) {
                return true;
            }
        }
        return false;
    }
}
