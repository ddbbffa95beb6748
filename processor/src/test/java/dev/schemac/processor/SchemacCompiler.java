package dev.schemac.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with the schemac processor the way a user's javac runs it, on a {@link TestProject}. The mode is
 * always explicit: CI sets {@code CI=true}, which would make check mode the default.
 */
public final class SchemacCompiler {
    private final Map<String, String> options = new LinkedHashMap<>();

    private SchemacCompiler(TestProject project, String mode) {
        options.put(Options.BASE_DIR, project.root().toString());
        options.put(Options.MODE, mode);
    }

    static SchemacCompiler generate(TestProject project) {
        return new SchemacCompiler(project, "generate");
    }

    static SchemacCompiler check(TestProject project) {
        return new SchemacCompiler(project, "check");
    }

    /** Generate mode with a fixed version, so that the migration's name is known. */
    public static SchemacCompiler generate(TestProject project, String version) {
        return generate(project).option(Options.VERSION, version);
    }

    /** Sets an option ({@code schemac.*}); {@code null} leaves it out. */
    SchemacCompiler option(String name, String value) {
        if (value == null) {
            options.remove(name);
        } else {
            options.put(name, value);
        }
        return this;
    }

    public Compilation compile(JavaFileObject... sources) {
        List<String> arguments = new ArrayList<>();
        options.forEach((name, value) -> arguments.add("-A" + name + "=" + value));
        return Compiler.javac().withProcessors(new SchemacProcessor()).withOptions(arguments).compile(sources);
    }

    /** The messages of one kind, in the order reported. */
    static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        return compilation.diagnostics().stream().filter(d -> d.getKind() == kind)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /** The messages with a schemac tag, of any kind, in the order reported. */
    static List<String> schemacMessages(Compilation compilation) {
        return compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[schemac:")).toList();
    }
}
