package dev.schemac.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the {@code AttributeConverter} of a basic attribute, as Hibernate 7 does: the attribute's own
 * {@code @Convert}, or one on the embedded attribute that holds it ({@code @Convert(attributeName)}), else an
 * {@code @Converter(autoApply = true)} of the compilation for its Java type; {@code @Convert(disableConversion)}
 * turns both off. The column then has the type of the converter's database type {@code Y}, read from its type
 * arguments through its superclasses and interfaces, once per converter.
 */
final class Converters {
    /** A converter's type arguments: {@code AttributeConverter<X, Y>}. */
    private record Arguments(TypeMirror domain, TypeMirror database) {
    }

    private final ReadContext context;
    private final Map<String, TypeElement> autoApplied = new HashMap<>();
    private final Map<TypeElement, Optional<Arguments>> arguments = new HashMap<>();
    /** {@code @Convert(attributeName)}s on embedded attributes of the table being read, by attribute path. */
    private final Map<String, AnnotationValues> fromOutside = new HashMap<>();
    private TableDraft table;

    Converters(ReadContext context) {
        this.context = context;
    }

    /** Registers the {@code @Converter(autoApply = true)} classes among {@code converters}. */
    void autoApply(List<TypeElement> converters) {
        for (TypeElement converter : converters) {
            boolean auto = context.annotations.of(converter).get(JpaNames.CONVERTER).map(c -> c.bool("autoApply"))
                    .orElse(false);
            Arguments args = auto ? arguments(converter) : null;
            if (args == null) {
                continue;
            }
            String key = BasicTypes.key(context.types.erasure(args.domain()));
            TypeElement earlier = autoApplied.putIfAbsent(key, converter);
            if (earlier != null) {
                context.problems.invalid(converter, "the converters " + earlier.getSimpleName() + " and "
                        + converter.getSimpleName() + " both apply automatically to " + key
                        + "; Hibernate cannot choose between them");
            }
        }
    }

    /** Remembers the {@code @Convert(attributeName)}s on an embedded attribute, for the attributes inside it. */
    void enterEmbedded(Attribute embedded, Scope scope) {
        if (table != scope.table()) {
            table = scope.table();
            fromOutside.clear();
        }
        for (AnnotationValues convert : embedded.annotations().repeated(JpaNames.CONVERT, JpaNames.CONVERTS)) {
            String name = convert.string("attributeName");
            if (!name.isBlank()) {
                fromOutside.putIfAbsent(scope.attributePathOf(embedded) + "." + name, convert);
            }
        }
    }

    /**
     * The column type the attribute's converter gives, or {@code null} when no converter applies.
     */
    BasicTypes.Result type(Attribute attribute, Scope scope, ColumnSpec spec, String path) {
        AnnotationValues convert = scope.table() == table ? fromOutside.get(scope.attributePathOf(attribute))
                : null;
        if (convert == null) {
            convert = ownConvert(attribute);
            if (convert == null && (attribute.has(JpaNames.CONVERT) || attribute.has(JpaNames.CONVERTS))) {
                return BasicTypes.Result.problem("@Convert(attributeName) names an attribute of an embedded"
                        + " attribute, but " + attribute.name() + " is a basic attribute; leave attributeName out");
            }
        }
        TypeElement converter;
        if (convert != null) {
            if (convert.bool("disableConversion")) {
                return null;
            }
            TypeMirror given = convert.type("converter");
            if (!(given instanceof DeclaredType declared)) {
                return BasicTypes.Result.problem("@Convert names no converter; give converter = ... or"
                        + " disableConversion = true");
            }
            converter = (TypeElement) declared.asElement();
        } else if (autoApplied.isEmpty() || attribute.has(JpaNames.ID) || attribute.has(JpaNames.VERSION)) {
            return null;
        } else {
            converter = autoApplied.get(BasicTypes.key(context.types.erasure(attribute.type())));
            if (converter == null) {
                return null;
            }
        }
        return columnType(attribute, converter, spec);
    }

    private BasicTypes.Result columnType(Attribute attribute, TypeElement converter, ColumnSpec spec) {
        String name = converter.getSimpleName().toString();
        Arguments args = arguments(converter);
        if (args == null) {
            return BasicTypes.Result.problem(name + " does not implement jakarta.persistence.AttributeConverter"
                    + " with type arguments, so its database type is unknown");
        }
        String domain = BasicTypes.key(attribute.type());
        if (domain.equals("boolean") || domain.equals("java.lang.Boolean") || EnumColumns.isEnum(attribute.type())) {
            return BasicTypes.Result.problem("the converter " + name + " on a " + domain + " is not"
                    + " supported: Hibernate calls the converter while it builds its schema to write a check of the"
                    + " converted values, which schemac cannot do at compile time");
        }
        String temporal = attribute.annotations().get(JpaNames.TEMPORAL).map(t -> t.enumConstant("value"))
                .filter(value -> !value.isEmpty()).orElse(null);
        BasicTypes.Result type = BasicTypes.of(args.database(), spec, attribute.has(JpaNames.LOB), temporal);
        if (type.type() == null && type.problem() == null) {
            return BasicTypes.Result.problem("the database type " + args.database() + " of the converter " + name
                    + " is not one schemac maps; schemac maps " + BasicTypes.SUPPORTED);
        }
        return type;
    }

    private AnnotationValues ownConvert(Attribute attribute) {
        for (AnnotationValues convert : attribute.annotations().repeated(JpaNames.CONVERT, JpaNames.CONVERTS)) {
            if (convert.string("attributeName").isBlank()) {
                return convert;
            }
        }
        return null;
    }

    /** The converter's {@code AttributeConverter} type arguments, or {@code null}. */
    private Arguments arguments(TypeElement converter) {
        return arguments.computeIfAbsent(converter, c -> Optional.ofNullable(find((DeclaredType) c.asType())))
                .orElse(null);
    }

    private Arguments find(DeclaredType converter) {
        Deque<TypeMirror> pending = new ArrayDeque<>(List.of(converter));
        while (!pending.isEmpty()) {
            TypeMirror type = pending.pop();
            if (type instanceof DeclaredType declared && ((TypeElement) declared.asElement()).getQualifiedName()
                    .contentEquals(JpaNames.ATTRIBUTE_CONVERTER)) {
                List<? extends TypeMirror> args = declared.getTypeArguments();
                if (args.size() == 2 && args.get(0).getKind() == TypeKind.DECLARED
                        && args.get(1).getKind() != TypeKind.TYPEVAR && args.get(1).getKind() != TypeKind.WILDCARD) {
                    return new Arguments(args.get(0), args.get(1));
                }
                return null;
            }
            pending.addAll(context.types.directSupertypes(type));
        }
        return null;
    }
}
