package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.schema.Column;
import javax.lang.model.type.DeclaredType;

/**
 * Maps a basic attribute (a value, an enum, the id, the version) to its column. Nullability follows Hibernate 7:
 * ids, versions and {@code @Basic(optional = false)} are NOT NULL; otherwise an {@code @Column} decides; without
 * one, a primitive is NOT NULL, except inside an embeddable.
 */
final class BasicMapper {
    private final ReadContext context;
    private final Columns columns;
    private final IdGeneration idGeneration;
    private final CheckReader checks;

    BasicMapper(ReadContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
        this.idGeneration = new IdGeneration(context);
        this.checks = new CheckReader(context);
    }

    void map(Attribute attribute, Scope scope) {
        if (HibernateColumns.isFormula(attribute)) {
            return;
        }
        String path = scope.pathOf(attribute);
        ColumnSpec spec = context.columnSpecs.resolve(attribute, scope.attributePathOf(attribute), scope.overrides(),
                path);
        ValidationTargets.Constraints constraints = context.validation.of(attribute);
        String composed = context.validation.composedConstraint(attribute);
        if (composed != null) {
            context.problems.unsupported(attribute.field(), "@" + composed + " on " + path, "constraints composed"
                    + " of @NotNull, @Size, @Min, @Max or @Digits, which Hibernate applies to the column; use those"
                    + " on the attribute");
            return;
        }
        if (spec != null) {
            spec = BeanValidation.adjust(attribute, constraints, scope.validated(), spec, context.problems, path);
        }
        if (spec == null) {
            return;
        }
        BasicTypes.Result type = spec.definition() != null ? null : context.converters.type(attribute, scope, spec,
                path);
        boolean converted = type != null;
        if (type == null) {
            type = ColumnTypes.of(attribute, spec);
        }
        if (spec.definition() != null && type.type() != null && convertsEnumOrBoolean(attribute)) {
            // the definition is the type, but Hibernate still checks the converted values
            BasicTypes.Result evaluated = context.converters.type(attribute, scope, spec, path);
            converted = evaluated != null;
            if (converted && evaluated.type() == null) {
                type = evaluated;
            }
        }
        if (type.type() == null) {
            if (type != BasicTypes.Result.REPORTED) {
                reportType(attribute, path, type.problem());
            }
            return;
        }
        String name = columns.name(Identifier.parse(spec.name() != null ? spec.name() : attribute.name()),
                attribute, path);
        if (name == null) {
            return;
        }
        boolean id = attribute.has(JpaNames.ID) && !scope.inEmbeddable();
        if (id && converted) {
            context.problems.unsupported(attribute.field(), "@Convert on the id " + path,
                    "converters on primary keys (JPA applies none to ids)");
            return;
        }
        if (id && spec.definition() != null) {
            context.problems.unsupported(attribute.field(), "@Column(columnDefinition) on the id " + path,
                    "verbatim types of primary keys, which foreign keys to them would have to copy");
            return;
        }
        Column column = HibernateColumns.apply(attribute,
                Column.column(name, type.type()).withNullable(isNullable(attribute, spec, scope, id)
                        && !BeanValidation.requiresValue(constraints, scope)), path,
                context.problems);
        if (column == null) {
            return;
        }
        TableDraft table = scope.table();
        if (id) {
            column = idGeneration.apply(attribute, column, table.entity(), table.physicalName(), path);
        } else if (attribute.has(JpaNames.GENERATED_VALUE)) {
            context.problems.invalid(attribute.field(), "@GeneratedValue on " + path + " has no effect without"
                    + " @Id; Hibernate generates id values only");
        }
        ColumnDraft draft = columns.add(scope, attribute, column, spec.readOnly(), false);
        if (draft == null) {
            return;
        }
        if (id) {
            table.addPrimaryKey(name);
        }
        if (spec.unique()) {
            table.addUnique(draft);
        }
        // Hibernate joins a column's checks in this order: @Column(check), @Check, Bean Validation, the enum's
        checks.onColumn(attribute, spec, table, name, path);
        BeanValidation.addChecks(attribute, constraints, scope, table, name, context.problems, path);
        if (converted) {
            String check = context.converters.check(attribute, scope, name);
            if (check != null) {
                table.addCheck(name, check);
            }
        } else if (EnumColumns.isEnum(attribute.type())) {
            table.addCheck(name, EnumColumns.check(name, attribute.type(), ColumnTypes.storesByName(attribute)));
        }
    }

    private static boolean convertsEnumOrBoolean(Attribute attribute) {
        String type = BasicTypes.key(attribute.type());
        return EnumColumns.isEnum(attribute.type()) || type.equals("boolean") || type.equals("java.lang.Boolean");
    }

    private static boolean isNullable(Attribute attribute, ColumnSpec spec, Scope scope, boolean id) {
        if (id || attribute.has(JpaNames.VERSION)) {
            return false;
        }
        boolean required = attribute.annotations().get(JpaNames.BASIC).map(b -> !b.bool("optional")).orElse(false);
        if (required) {
            return false;
        }
        if (spec.present()) {
            return spec.nullable();
        }
        return !attribute.type().getKind().isPrimitive() || scope.inEmbeddable();
    }

    private void reportType(Attribute attribute, String path, String problem) {
        if (problem != null) {
            context.problems.invalid(attribute.field(), path + ": " + problem);
        } else if (attribute.type() instanceof DeclaredType declared
                && context.annotations.of(declared.asElement()).has(JpaNames.ENTITY)) {
            context.problems.invalid(attribute.field(), path + " refers to the entity "
                    + declared.asElement().getSimpleName() + " without @ManyToOne or @OneToOne");
        } else {
            context.problems.unsupported(attribute.field(), "the type " + attribute.type() + " of " + path,
                    "schemac maps " + BasicTypes.SUPPORTED);
        }
    }
}
