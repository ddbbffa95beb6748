package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.JoinColumnsReader.JoinColumn;
import dev.schemac.processor.read.JoinColumnsReader.Joins;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.schema.Column;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the owning side of a {@code @ManyToOne} or {@code @OneToOne} to join columns of the target's key types, one
 * per key column (see {@link JoinColumnsReader}), and a foreign key to the target's table. {@code optional = false}
 * or {@code @JoinColumn(nullable = false)} makes a column NOT NULL; a one-to-one is always unique in Hibernate 7.
 * A one-to-one with {@code @PrimaryKeyJoinColumn} shares the entity's primary key: it has no column, and Hibernate
 * adds a foreign key from the primary key only when the association is not optional.
 */
final class ToOneMapper {
    private final ReadContext context;
    private final Columns columns;
    private final JoinColumnsReader joinColumns;

    ToOneMapper(ReadContext context, Columns columns) {
        this.context = context;
        this.columns = columns;
        this.joinColumns = new JoinColumnsReader(context);
    }

    static boolean applies(Attribute attribute) {
        return attribute.has(JpaNames.MANY_TO_ONE) || attribute.has(JpaNames.ONE_TO_ONE);
    }

    /** The {@code @ManyToOne} or {@code @OneToOne} of an association. */
    static AnnotationValues association(Attribute attribute) {
        return attribute.annotations().get(attribute.has(JpaNames.ONE_TO_ONE) ? JpaNames.ONE_TO_ONE
                : JpaNames.MANY_TO_ONE).orElseThrow();
    }

    void map(Attribute attribute, Scope scope) {
        boolean oneToOne = attribute.has(JpaNames.ONE_TO_ONE);
        AnnotationValues association = association(attribute);
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            return;
        }
        String path = scope.pathOf(attribute);
        TypeElement target = target(attribute, association, path);
        Head head = target == null ? null : head(target, attribute, path);
        if (head == null) {
            return;
        }
        if (attribute.has(JpaNames.PRIMARY_KEY_JOIN_COLUMN) || attribute.has(JpaNames.PRIMARY_KEY_JOIN_COLUMNS)) {
            sharedKey(attribute, path, oneToOne, association, head, scope.table());
            return;
        }
        Joins joins = joinColumns.read(attribute, path, association.bool("optional")
                        && !BeanValidation.requiresValue(context.validation.of(attribute), scope), head,
                scope.overrides().association(scope.attributePathOf(attribute)));
        if (joins == null) {
            return;
        }
        TableDraft table = scope.table();
        Map<JoinColumn, String> names = new HashMap<>();
        List<ColumnDraft> drafts = new ArrayList<>();
        for (JoinColumn joinColumn : joins.declared()) {
            String name = columns.name(joinColumn.logical(), attribute, path);
            if (name == null) {
                return;
            }
            ColumnDraft draft = columns.add(scope, attribute, Column.column(name, joinColumn.referenced().type())
                    .withNullable(joinColumn.nullable()), joinColumn.readOnly(), true);
            if (draft == null) {
                return;
            }
            names.put(joinColumn, name);
            drafts.add(draft);
            if (!oneToOne && joinColumn.unique()) {
                table.addUnique(draft);
            }
        }
        if (oneToOne && drafts.size() == 1) {
            table.addUnique(drafts.get(0));
        } else if (oneToOne) {
            // Hibernate lists the columns in the order it binds the target's key, not the order of the key itself
            List<String> unique = new ArrayList<>();
            for (KeyColumn column : context.heads.bindingOrder(target)) {
                joins.declared().stream().filter(j -> j.referenced().equals(column)).findFirst()
                        .ifPresent(j -> unique.add(names.get(j)));
            }
            table.addUnique(null, unique);
        }
        if (joins.constraint()) {
            table.addForeignKey(new ForeignKeyDraft(joins.foreignKeyName(),
                    joins.byKey().stream().map(names::get).toList(), head.table(),
                    head.key().stream().map(KeyColumn::name).toList()));
        }
    }

    /** The head of the association's target entity, or {@code null} after reporting that it has no key. */
    private Head head(TypeElement target, Attribute attribute, String path) {
        Head head = context.heads.of(target);
        if (context.hierarchies.isUnion(target)) {
            context.problems.unsupported(attribute.field(), path + ", an association to " + target.getSimpleName()
                    + " whose rows are spread over the tables of its TABLE_PER_CLASS hierarchy",
                    "associations to a TABLE_PER_CLASS entity with subclasses, which get no foreign key");
            return null;
        }
        if (head.key().isEmpty()) {
            context.problems.invalid(attribute.field(), path + " refers to " + target.getSimpleName()
                    + ", whose primary key schemac cannot read");
            return null;
        }
        return head;
    }

    private void sharedKey(Attribute attribute, String path, boolean oneToOne, AnnotationValues association,
            Head target, TableDraft table) {
        Head own = context.heads.of(table.entity());
        List<AnnotationValues> joins = attribute.annotations().repeated(JpaNames.PRIMARY_KEY_JOIN_COLUMN,
                JpaNames.PRIMARY_KEY_JOIN_COLUMNS);
        boolean single = own.key().size() == 1 && target.key().size() == 1;
        boolean otherNames = single && joins.stream().anyMatch(j -> !names(j.string("name"), own)
                || !names(j.string("referencedColumnName"), target) || !j.string("columnDefinition").isBlank());
        if (!oneToOne || !single || otherNames) {
            context.problems.unsupported(attribute.field(), "@PrimaryKeyJoinColumn on " + path,
                    "shared primary keys other than a @OneToOne between single-column keys, naming no other"
                            + " columns than the keys");
            return;
        }
        if (!association.bool("optional")) {
            table.addForeignKey(new ForeignKeyDraft(null, List.of(own.key().get(0).name()), target.table(),
                    List.of(target.key().get(0).name())));
        }
    }

    /** Whether a name from a {@code @PrimaryKeyJoinColumn} is blank or names the entity's single key column. */
    private boolean names(String written, Head head) {
        Identifier name = Identifier.parse(written);
        return name == null || context.naming.catalogName(name).equals(head.key().get(0).name());
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
}
