package dev.schemac.processor.read;

import dev.schemac.processor.read.CollectionShape.Kind;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Reads the shape of a collection attribute from its declared type: {@code Set} (and {@code SortedSet}),
 * {@code List}, {@code Collection} or {@code Map}, with the element and key types from the type arguments, or from
 * {@code targetEntity}/{@code targetClass} for a raw type.
 */
final class CollectionShapes {
    private final ReadContext context;
    private final Types types;
    private final TypeMirror map;
    private final TypeMirror set;
    private final TypeMirror list;
    private final TypeMirror collection;

    CollectionShapes(ReadContext context) {
        this.context = context;
        this.types = context.types;
        this.map = erasure("java.util.Map");
        this.set = erasure("java.util.Set");
        this.list = erasure("java.util.List");
        this.collection = erasure("java.util.Collection");
    }

    /**
     * The shape, or {@code null} after reporting why there is none.
     *
     * @param target the {@code targetEntity} or {@code targetClass} given, or {@code null}
     * @param ordered whether the attribute has {@code @OrderColumn}
     */
    CollectionShape of(Attribute attribute, TypeMirror target, boolean ordered, String path) {
        TypeMirror type = types.erasure(attribute.type());
        Kind kind;
        if (types.isAssignable(type, map)) {
            kind = Kind.MAP;
        } else if (types.isAssignable(type, set)) {
            kind = Kind.SET;
        } else if (types.isAssignable(type, list)) {
            kind = ordered ? Kind.LIST : Kind.BAG;
        } else if (types.isAssignable(type, collection)) {
            kind = Kind.BAG;
        } else {
            context.problems.invalid(attribute.field(), path + " is mapped as a collection, but its type "
                    + attribute.type() + " is not a Set, List, Collection or Map");
            return null;
        }
        if (ordered && kind != Kind.LIST) {
            context.problems.invalid(attribute.field(), "@OrderColumn on " + path + " needs a List, but its type is "
                    + attribute.type());
            return null;
        }
        List<? extends TypeMirror> arguments = attribute.type() instanceof DeclaredType declared
                ? declared.getTypeArguments() : List.of();
        int expected = kind == Kind.MAP ? 2 : 1;
        if (arguments.size() != expected) {
            if (target != null && kind != Kind.MAP) {
                return new CollectionShape(kind, target, null);
            }
            context.problems.invalid(attribute.field(), path + " has the type " + attribute.type() + ", from which"
                    + " schemac cannot tell its " + (kind == Kind.MAP ? "key and value types" : "element type")
                    + "; declare the type arguments, as in " + (kind == Kind.MAP ? "Map<String, Item>" : "Set<Item>"));
            return null;
        }
        TypeMirror element = target != null ? target : bound(arguments.get(expected - 1));
        return new CollectionShape(kind, element, kind == Kind.MAP ? bound(arguments.get(0)) : null);
    }

    private static TypeMirror bound(TypeMirror argument) {
        if (argument instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
            return wildcard.getExtendsBound();
        }
        return argument;
    }

    private TypeMirror erasure(String name) {
        return types.erasure(context.elements.getTypeElement(name).asType());
    }

    /** The {@code targetEntity} or {@code targetClass} of a collection annotation, or {@code null} when not given. */
    static TypeMirror target(AnnotationValues annotation, String attribute) {
        TypeMirror type = annotation.type(attribute);
        return type == null || type.getKind() == TypeKind.VOID ? null : type;
    }
}
