package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.schema.Column;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the owning side of a {@code @ManyToOne} or {@code @OneToOne} to a join column of the target's id type and
 * a foreign key to the target's table. The implicit column name is {@code <attribute>_<target id column>}, quoted
 * when the target's table or id column is; {@code optional = false} or {@code @JoinColumn(nullable = false)}
 * makes it NOT NULL; a one-to-one is always unique in Hibernate 7.
 */
final class ToOneMapper {
    private final ReadContext context;
    private final Columns columns;

    ToOneMapper(ReadContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
    }

    static boolean applies(Attribute attribute) {
        return attribute.has(JpaNames.MANY_TO_ONE) || attribute.has(JpaNames.ONE_TO_ONE);
    }

    void map(Attribute attribute, Scope scope) {
        boolean oneToOne = attribute.has(JpaNames.ONE_TO_ONE);
        AnnotationValues association = attribute.annotations()
                .get(oneToOne ? JpaNames.ONE_TO_ONE : JpaNames.MANY_TO_ONE).orElseThrow();
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            return;
        }
        String path = scope.pathOf(attribute);
        TypeElement target = target(attribute, association, path);
        if (target == null) {
            return;
        }
        Head head = context.heads.of(target);
        if (head.key().isEmpty()) {
            context.problems.invalid(attribute.field(), path + " refers to " + target.getSimpleName()
                    + ", whose primary key schemac cannot read (it needs exactly one @Id field)");
            return;
        }
        KeyColumn key = head.key().get(0);
        AnnotationValues joinColumn = attribute.annotations().get(JpaNames.JOIN_COLUMN).orElse(null);
        if (joinColumn != null && !joinColumnSupported(joinColumn, attribute, key, path)) {
            return;
        }
        String name = columns.name(logicalName(attribute, joinColumn, key, head), attribute, path);
        if (name == null) {
            return;
        }
        boolean nullable = association.bool("optional") && (joinColumn == null || joinColumn.bool("nullable"))
                && !BeanValidation.requiresValue(context.validation.of(attribute), scope);
        boolean readOnly = joinColumn != null && !joinColumn.bool("insertable") && !joinColumn.bool("updatable");
        ColumnDraft draft = columns.add(scope, attribute, Column.column(name, key.type()).withNullable(nullable),
                readOnly, true);
        if (draft == null) {
            return;
        }
        TableDraft table = scope.table();
        if (oneToOne || joinColumn != null && joinColumn.bool("unique")) {
            table.addUnique(draft);
        }
        AnnotationValues foreignKey = joinColumn == null ? null : joinColumn.annotation("foreignKey");
        if (foreignKey == null || !foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
            String explicit = foreignKey == null || foreignKey.string("name").isBlank() ? null
                    : foreignKey.string("name");
            table.addForeignKey(new ForeignKeyDraft(explicit, List.of(name), head.table(), List.of(key.name())));
        }
    }

    private TypeElement target(Attribute attribute, AnnotationValues association, String path) {
        TypeMirror type = association.type("targetEntity");
        if (type == null || type.getKind() == TypeKind.VOID) {
            type = attribute.type();
        }
        if (type instanceof DeclaredType declared) {
            TypeElement element = (TypeElement) declared.asElement();
            Annotated annotated = context.annotations.of(element);
            if (annotated.has(JpaNames.ENTITY)) {
                return element;
            }
            if (annotated.has(JpaNames.JAVAX_ENTITY)) {
                context.problems.invalid(attribute.field(), path + " refers to " + element.getSimpleName()
                        + ", a javax.persistence entity; schemac reads jakarta.persistence (JPA 3) entities only");
                return null;
            }
        }
        context.problems.invalid(attribute.field(), path + " is an association to " + type
                + ", which is not a jakarta.persistence @Entity");
        return null;
    }

    private boolean joinColumnSupported(AnnotationValues joinColumn, Attribute attribute, KeyColumn key,
            String path) {
        if (context.unsupported.inColumn(joinColumn, attribute.field(), path)) {
            return false;
        }
        Identifier referenced = Identifier.parse(joinColumn.string("referencedColumnName"));
        if (referenced != null && !context.naming.catalogName(referenced).equals(key.name())) {
            context.problems.unsupported(attribute.field(), "@JoinColumn(referencedColumnName = \""
                    + joinColumn.string("referencedColumnName") + "\") on " + path,
                    "foreign keys to columns other than the primary key " + key.name());
            return false;
        }
        AnnotationValues foreignKey = joinColumn.annotation("foreignKey");
        if (foreignKey != null && !foreignKey.string("foreignKeyDefinition").isBlank()) {
            context.problems.unsupported(attribute.field(), "@ForeignKey(foreignKeyDefinition) on " + path,
                    "foreign keys written in SQL");
            return false;
        }
        return true;
    }

    /** JPA's {@code <attribute>_<referenced column>}, quoted when the target's table or column is quoted. */
    private static Identifier logicalName(Attribute attribute, AnnotationValues joinColumn, KeyColumn key,
            Head head) {
        Identifier explicit = joinColumn == null ? null : Identifier.parse(joinColumn.string("name"));
        if (explicit != null) {
            return explicit;
        }
        Identifier implicit = Identifier.parse(attribute.name() + "_" + key.logical().text());
        return key.logical().quoted() || head.physicalTable().quoted() ? implicit.asQuoted() : implicit;
    }
}
