package dev.schemac.processor.launch;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.schemac.processor.read.JavaxEntities;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** The classes of the parsed files, nested ones included, once javac has entered them. */
final class EntityScan {
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String CONVERTER = "jakarta.persistence.Converter";

    private final List<TypeElement> types = new ArrayList<>();

    EntityScan(Trees trees, Iterable<? extends CompilationUnitTree> units) {
        for (CompilationUnitTree unit : units) {
            for (Tree type : unit.getTypeDecls()) {
                collect(trees, new TreePath(new TreePath(unit), type));
            }
        }
    }

    /** The {@code @Entity} classes, sorted by name as the processor would see them. */
    List<TypeElement> entities() {
        return annotated(ENTITY);
    }

    /** The {@code @Converter} classes, sorted by name. */
    List<TypeElement> converters() {
        return annotated(CONVERTER);
    }

    private List<TypeElement> annotated(String annotation) {
        return types.stream().filter(t -> isAnnotated(t, annotation))
                .sorted(java.util.Comparator.comparing(t -> t.getQualifiedName().toString())).toList();
    }

    /** The classes annotated with the old {@code javax.persistence.Entity}. */
    List<TypeElement> javaxEntities() {
        return JavaxEntities.in(types.stream().filter(t -> t.getNestingKind() == NestingKind.TOP_LEVEL).toList());
    }

    private void collect(Trees trees, TreePath path) {
        if (!(path.getLeaf() instanceof ClassTree type)) {
            return;
        }
        Element element = trees.getElement(path);
        if (element instanceof TypeElement t) {
            types.add(t);
        }
        for (Tree member : type.getMembers()) {
            collect(trees, new TreePath(path, member));
        }
    }

    private static boolean isAnnotated(TypeElement type, String annotation) {
        for (AnnotationMirror a : type.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return true;
            }
        }
        return false;
    }
}
