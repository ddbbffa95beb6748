package dev.schemac.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds names javac could not resolve in the declarations schemac reads: an entity's annotations, superclasses,
 * fields and the embeddables they hold. javac holds back "cannot find symbol" errors while processors run (a
 * processor could still generate the class), so {@code errorRaised()} does not show them, yet a model read from such
 * declarations lacks columns or takes {@code <error>} as a name; javac reports them once processing is over.
 * An annotation whose type is unresolved is missing from the element altogether, so the source trees are read too.
 */
final class UnresolvedSymbols {
    /** What javac hands over for an annotation value it could not resolve; a real string prints with quotes. */
    private static final String ERROR_VALUE = "<error>";

    private final Set<TypeElement> visited = new HashSet<>();
    /** The source trees, or {@code null} when the compiler is not javac. */
    private final Trees trees;

    private UnresolvedSymbols(Trees trees) {
        this.trees = trees;
    }

    /** Whether a declaration of these entities, or of a class they extend or embed, names something unresolved. */
    static boolean in(Collection<TypeElement> entities, ProcessingEnvironment env) {
        UnresolvedSymbols search = new UnresolvedSymbols(trees(env));
        return entities.stream().anyMatch(search::inType);
    }

    private static Trees trees(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean inType(TypeElement type) {
        if (!visited.add(type)) {
            return false;
        }
        if (inAnnotations(type)) {
            return true;
        }
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (superclass instanceof DeclaredType declared && inType((TypeElement) declared.asElement())) {
            return true;
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && (isError(member.asType()) || inAnnotations(member)
                    || inEmbeddable(member.asType()))) {
                return true;
            }
        }
        return false;
    }

    /** Follows a field into its class when that is an embeddable: the reader reads it as part of the entity. */
    private boolean inEmbeddable(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                && element.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().asElement()
                        .getSimpleName().contentEquals("Embeddable"))) {
            return inType(element);
        }
        return false;
    }

    private static boolean isError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return isError(array.getComponentType());
        }
        return type instanceof DeclaredType declared && declared.getTypeArguments().stream()
                .anyMatch(UnresolvedSymbols::isError);
    }

    private boolean inAnnotations(Element element) {
        return element.getAnnotationMirrors().stream().anyMatch(UnresolvedSymbols::inAnnotation)
                || inAnnotationTrees(element);
    }

    /** Whether the element's source declares an annotation whose type javac could not resolve. */
    private boolean inAnnotationTrees(Element element) {
        TreePath path = trees == null ? null : trees.getPath(element);
        if (path == null) {
            return false; // from a class file, or not javac
        }
        ModifiersTree modifiers = path.getLeaf() instanceof ClassTree c ? c.getModifiers()
                : path.getLeaf() instanceof VariableTree v ? v.getModifiers() : null;
        if (modifiers == null) {
            return false;
        }
        TreePath modifiersPath = new TreePath(path, modifiers);
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            TypeMirror type = trees.getTypeMirror(new TreePath(modifiersPath, annotation));
            if (type != null && type.getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAnnotation(AnnotationMirror annotation) {
        return annotation.getAnnotationType().getKind() == TypeKind.ERROR
                || annotation.getElementValues().values().stream().anyMatch(UnresolvedSymbols::inValue);
    }

    private static boolean inValue(AnnotationValue value) {
        Object v = value.getValue();
        if (v instanceof TypeMirror type) {
            return isError(type);
        }
        if (v instanceof AnnotationMirror nested) {
            return inAnnotation(nested);
        }
        if (v instanceof List<?> items) {
            return items.stream().anyMatch(item -> item instanceof AnnotationValue a && inValue(a));
        }
        return ERROR_VALUE.equals(v) && ERROR_VALUE.equals(value.toString());
    }
}
