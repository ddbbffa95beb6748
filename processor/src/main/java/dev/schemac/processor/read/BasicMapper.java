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

    BasicMapper(ReadContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
        this.idGeneration = new IdGeneration(context);
    }

    void map(Attribute attribute, Scope scope) {
        String path = scope.pathOf(attribute);
        ColumnSpec spec = context.columnSpecs.resolve(attribute, scope.attributePathOf(attribute), scope.overrides(),
                path);
        if (spec == null) {
            return;
        }
        BasicTypes.Result type = ColumnTypes.of(attribute, spec);
        if (type.type() == null) {
            reportType(attribute, path, type.problem());
            return;
        }
        String name = columns.name(Identifier.parse(spec.name() != null ? spec.name() : attribute.name()),
                attribute, path);
        if (name == null) {
            return;
        }
        boolean id = attribute.has(JpaNames.ID) && !scope.inEmbeddable();
        Column column = Column.column(name, type.type()).withNullable(isNullable(attribute, spec, scope, id));
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
        if (EnumColumns.isEnum(attribute.type())) {
            table.addCheck(name, EnumColumns.check(name, attribute.type(), ColumnTypes.storesByName(attribute)));
        }
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
