package dev.schemac.processor.launch;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Everything schemac's javac run can see of a file: each type, field (with its initializer) and annotation, with
 * the line it starts on, and the method signatures of classes where some method carries an annotation other than
 * a marker such as {@code @Override} (elsewhere methods, constructors and initializers do not count). Two sources
 * with equal declarations enter the same fields and annotated methods at the same positions.
 */
final class Declarations {
    private Declarations() {
    }

    /** The declarations, or a list starting with "ERROR" when javac cannot parse the source. */
    static List<String> of(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, errors, List.of("-proc:none", "--enable-preview",
                "--release", String.valueOf(Runtime.version().feature())), null, List.of(file));
        List<String> out = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                SourcePositions positions = Trees.instance(task).getSourcePositions();
                for (Tree type : unit.getTypeDecls()) {
                    walk(type, unit, positions, unit.getLineMap(), out, "", false);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        errors.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .forEach(d -> out.add(0, "ERROR line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)));
        return out;
    }

    private static final java.util.Set<String> MARKERS = java.util.Set.of("Override", "SuppressWarnings",
            "Deprecated", "SafeVarargs");

    private static boolean hasAnnotatedSignature(Tree member) {
        if (!(member instanceof MethodTree m)) {
            return false;
        }
        return m.getModifiers().getAnnotations().stream().map(a -> a.getAnnotationType().toString())
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .anyMatch(name -> !MARKERS.contains(name));
    }

    private static void walk(Tree tree, CompilationUnitTree unit, SourcePositions positions, LineMap lines,
            List<String> out, String indent, boolean inEnum) {
        long line = lines.getLineNumber(positions.getStartPosition(unit, tree));
        if (tree instanceof ClassTree c) {
            out.add(indent + line + " " + c.getKind() + " " + c.getModifiers() + c.getSimpleName()
                    + c.getTypeParameters() + " extends " + c.getExtendsClause() + " implements "
                    + c.getImplementsClause());
            // An annotation type's elements are declarations, not code: they always count.
            boolean methodsCount = c.getKind() == Tree.Kind.ANNOTATION_TYPE
                    || c.getMembers().stream().anyMatch(Declarations::hasAnnotatedSignature);
            for (Tree member : c.getMembers()) {
                if (!methodsCount && (member instanceof MethodTree || member.getKind() == Tree.Kind.BLOCK)) {
                    continue;
                }
                walk(member, unit, positions, lines, out, indent + "  ", c.getKind() == Tree.Kind.ENUM);
            }
        } else if (tree instanceof MethodTree m) {
            out.add(indent + line + " method " + m.getModifiers() + m.getTypeParameters() + " " + m.getReturnType()
                    + " " + m.getName() + m.getParameters() + " throws " + m.getThrows() + " default "
                    + m.getDefaultValue() + (m.getBody() == null ? " no body" : " body"));
        } else if (tree instanceof VariableTree v && v.getInitializer() instanceof NewClassTree n
                && n.getClassBody() != null && inEnum) {
            out.add(indent + line + " enum constant " + v.getModifiers() + v.getName() + n.getArguments());
            walk(n.getClassBody(), unit, positions, lines, out, indent + "  ", false);
        } else if (tree instanceof VariableTree v) {
            out.add(indent + line + " field " + v);
        } else {
            out.add(indent + line + " " + tree.getKind() + (tree.getKind() == Tree.Kind.BLOCK ? "" : " " + tree));
        }
    }
}
