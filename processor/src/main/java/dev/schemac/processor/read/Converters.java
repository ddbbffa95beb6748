package dev.schemac.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the {@code AttributeConverter} of a basic attribute, as Hibernate 7 does: the attribute's own
 * {@code @Convert}, or one on the embedded attribute that holds it ({@code @Convert(attributeName)}), else an
 * {@code @Converter(autoApply = true)} of the compilation for its Java type; {@code @Convert(disableConversion)}
 * turns both off. The column then has the type of the converter's database type {@code Y}, read from its type
 * arguments through its superclasses and interfaces, once per converter. On an enum or a Boolean, the column also
 * gets Hibernate's check of the converted values, which the converter is called for ({@link ConverterValues}).
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
    private final ConverterValues values;
    private TableDraft table;

    Converters(ReadContext context, ConverterValues values) {
        this.context = context;
        this.values = values;
    }

    /**
     * Registers the {@code @Converter(autoApply = true)} classes among {@code converters}, and tells
     * {@link ConverterValues} which of them it may have to call.
     */
    void autoApply(List<TypeElement> converters) {
        for (TypeElement converter : converters) {
            boolean auto = context.annotations.of(converter).get(JpaNames.CONVERTER).map(c -> c.bool("autoApply"))
                    .orElse(false);
            Arguments args = arguments(converter);
            if (args != null && ConvertedChecks.Literals.of(BasicTypes.key(args.database()))
                    != ConvertedChecks.Literals.NONE && (EnumColumns.isEnum(args.domain())
                    || BasicTypes.key(args.domain()).equals("java.lang.Boolean"))) {
                values.expect(converter);
            }
            if (!auto || args == null) {
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

    /** The converter that applies to an attribute, or why none can; both {@code null} when none applies. */
    private record Resolution(TypeElement converter, String problem) {
        static final Resolution NONE = new Resolution(null, null);
    }

    /**
     * The column type the attribute's converter gives, or {@code null} when no converter applies. For an enum or
     * a Boolean, the converter is evaluated here (see {@link ConverterValues}), so that its problems are reported
     * with the column's type.
     */
    BasicTypes.Result type(Attribute attribute, Scope scope, ColumnSpec spec, String path) {
        Resolution resolution = resolve(attribute, scope);
        if (resolution.problem() != null) {
            return BasicTypes.Result.problem(resolution.problem());
        }
        return resolution.converter() == null ? null : columnType(Target.of(attribute), resolution.converter(), spec,
                path);
    }

    /**
     * The check Hibernate writes for an enum or Boolean column behind a converter, from the converted values; or
     * {@code null} for other columns and for database types Hibernate writes no check for.
     */
    String check(Attribute attribute, Scope scope, String column) {
        TypeElement converter = resolve(attribute, scope).converter();
        return converter == null ? null : check(Target.of(attribute), converter, column);
    }

    /**
     * The type of a map's basic key column when a converter applies to the key type automatically, as Hibernate
     * applies it; {@code null} when none does.
     *
     * @param map the map attribute, whose {@code @MapKeyTemporal} and {@code @MapKeyEnumerated} concern the key
     */
    BasicTypes.Result mapKeyType(Attribute map, TypeMirror keyType, ColumnSpec spec, String path) {
        TypeElement converter = autoAppliedTo(keyType);
        return converter == null ? null : columnType(Target.ofMapKey(map, keyType), converter, spec, path);
    }

    /** The check of a map's key column behind an auto-applied converter; see the attribute's check. */
    String mapKeyCheck(Attribute map, TypeMirror keyType, String column) {
        TypeElement converter = autoAppliedTo(keyType);
        return converter == null ? null : check(Target.ofMapKey(map, keyType), converter, column);
    }

    private String check(Target target, TypeElement converter, String column) {
        Arguments args = arguments(converter);
        if (args == null) {
            return null;
        }
        ConvertedChecks.Literals literals = ConvertedChecks.Literals.of(BasicTypes.key(args.database()));
        if (literals == ConvertedChecks.Literals.NONE) {
            return null;
        }
        if (EnumColumns.isEnum(target.type())) {
            ConverterValues.Outcome outcome = values.ofEnum(converter, target.enumType(),
                    BasicTypes.key(args.database()));
            return outcome.values() == null ? null : ConvertedChecks.ofEnum(column, outcome.values(), literals);
        }
        if (target.isBoolean()) {
            ConverterValues.Outcome outcome = values.ofBoolean(converter, BasicTypes.key(args.database()));
            return outcome.values() == null ? null : ConvertedChecks.ofBoolean(column, outcome.values(), literals);
        }
        return null;
    }

    /** The converter applied automatically to values of {@code type}, or {@code null}. */
    TypeElement autoAppliedTo(TypeMirror type) {
        return autoApplied.isEmpty() ? null : autoApplied.get(BasicTypes.key(context.types.erasure(type)));
    }

    private Resolution resolve(Attribute attribute, Scope scope) {
        AnnotationValues convert = scope.table() == table ? fromOutside.get(scope.attributePathOf(attribute))
                : null;
        if (convert == null) {
            convert = ownConvert(attribute);
            if (convert == null && (attribute.has(JpaNames.CONVERT) || attribute.has(JpaNames.CONVERTS))) {
                return new Resolution(null, "@Convert(attributeName) names an attribute of an embedded"
                        + " attribute, but " + attribute.name() + " is a basic attribute; leave attributeName out");
            }
        }
        if (convert != null) {
            if (convert.bool("disableConversion")) {
                return Resolution.NONE;
            }
            TypeMirror given = convert.type("converter");
            if (!(given instanceof DeclaredType declared)) {
                return new Resolution(null, "@Convert names no converter; give converter = ... or"
                        + " disableConversion = true");
            }
            return new Resolution((TypeElement) declared.asElement(), null);
        }
        if (attribute.has(JpaNames.ID) || attribute.has(JpaNames.VERSION)) {
            return Resolution.NONE;
        }
        TypeElement auto = autoAppliedTo(attribute.type());
        return auto == null ? Resolution.NONE : new Resolution(auto, null);
    }

    private BasicTypes.Result columnType(Target target, TypeElement converter, ColumnSpec spec, String path) {
        String name = converter.getSimpleName().toString();
        Arguments args = arguments(converter);
        if (args == null) {
            return BasicTypes.Result.problem(name + " does not implement jakarta.persistence.AttributeConverter"
                    + " with type arguments, so its database type is unknown");
        }
        BasicTypes.Result type = BasicTypes.of(args.database(), spec, target.lob(), target.temporal());
        if (type.type() == null && type.problem() == null) {
            return BasicTypes.Result.problem("the database type " + args.database() + " of the converter " + name
                    + " is not one schemac maps; schemac maps " + BasicTypes.SUPPORTED);
        }
        boolean isEnum = EnumColumns.isEnum(target.type());
        if (type.type() == null || !isEnum && !target.isBoolean()) {
            return type;
        }
        if (isEnum && target.enumerated()) {
            return BasicTypes.Result.problem("@Enumerated and the converter " + name + " both say how to store the"
                    + " enum, and Hibernate refuses the pair ('AttributeConverter' not allowed for attribute"
                    + " annotated '@Enumerated'); keep one");
        }
        String database = BasicTypes.key(args.database());
        if (ConvertedChecks.Literals.of(database) == ConvertedChecks.Literals.NONE) {
            return type; // Hibernate writes no check for these database types, so the values do not matter
        }
        if (target.lob()) {
            context.problems.unsupported(target.field(), "@Lob with the converter " + name + " on " + path,
                    "large objects of converted enums and Booleans");
            return BasicTypes.Result.REPORTED;
        }
        ConverterValues.Outcome outcome = isEnum ? values.ofEnum(converter, target.enumType(), database)
                : values.ofBoolean(converter, database);
        if (outcome.missingOption()) {
            context.problems.unsupported(target.field(), "the converter " + name + " on " + path,
                    outcome.problem());
            return BasicTypes.Result.REPORTED;
        }
        if (outcome.problem() != null) {
            return BasicTypes.Result.problem("the converter " + name + " " + outcome.problem());
        }
        return type;
    }

    /**
     * What a converter converts: an attribute's value, or a map's key.
     *
     * @param field where problems are reported
     * @param enumerated whether {@code @Enumerated} (or, for a key, {@code @MapKeyEnumerated}) is present
     */
    private record Target(Element field, TypeMirror type, boolean lob, String temporal, boolean enumerated) {
        static Target of(Attribute attribute) {
            return new Target(attribute.field(), attribute.type(), attribute.has(JpaNames.LOB),
                    temporal(attribute, JpaNames.TEMPORAL), attribute.has(JpaNames.ENUMERATED));
        }

        static Target ofMapKey(Attribute map, TypeMirror keyType) {
            return new Target(map.field(), keyType, false, temporal(map, JpaNames.MAP_KEY_TEMPORAL),
                    map.has(JpaNames.MAP_KEY_ENUMERATED));
        }

        private static String temporal(Attribute attribute, String annotation) {
            return attribute.annotations().get(annotation).map(t -> t.enumConstant("value"))
                    .filter(value -> !value.isEmpty()).orElse(null);
        }

        boolean isBoolean() {
            String domain = BasicTypes.key(type);
            return domain.equals("boolean") || domain.equals("java.lang.Boolean");
        }

        TypeElement enumType() {
            return (TypeElement) ((DeclaredType) type).asElement();
        }
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
