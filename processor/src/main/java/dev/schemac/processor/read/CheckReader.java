package dev.schemac.processor.read;

import dev.schemac.internal.sql.SingleExpression;
import dev.schemac.processor.read.ColumnSpec.CheckSpec;
import dev.schemac.processor.read.TableDraft.TableCheckDraft;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads check constraints written in SQL: JPA 3.2's {@code @CheckConstraint} in {@code @Column(check)} and
 * {@code @Table(check)}, and Hibernate's {@code @Check} on an attribute or an entity class. As in Hibernate 7, an
 * unnamed check of a column joins the column's other checks into one constraint; a named one, or one on the
 * class, is a constraint of its own.
 */
final class CheckReader {
    private final ReadContext context;

    CheckReader(ReadContext context) {
        this.context = context;
    }

    /** The checks of a basic attribute's column. */
    void onColumn(Attribute attribute, ColumnSpec spec, TableDraft table, String column, String path) {
        for (CheckSpec check : spec.checks()) {
            if (isExpression(spec.declaredOn(), check.constraint(), path)) {
                addToColumn(table, column, check.name(), check.constraint());
            }
        }
        for (AnnotationValues check : attribute.annotations().repeated(HibernateNames.CHECK, HibernateNames.CHECKS)) {
            if (isExpression(attribute.field(), check.string("constraints"), path)) {
                addToColumn(table, column, check.string("name"), check.string("constraints"));
            }
        }
    }

    /** The checks on an entity class. */
    void onTable(TypeElement entity, TableDraft table) {
        Annotated annotated = context.annotations.of(entity);
        String path = entity.getSimpleName().toString();
        annotated.get(JpaNames.TABLE).ifPresent(t -> {
            for (CheckSpec check : CheckSpec.of(t)) {
                if (isExpression(entity, check.constraint(), path)) {
                    table.addTableCheck(new TableCheckDraft(check.name(), check.constraint()));
                }
            }
        });
        for (AnnotationValues check : annotated.repeated(HibernateNames.CHECK, HibernateNames.CHECKS)) {
            String name = check.string("name");
            if (isExpression(entity, check.string("constraints"), path)) {
                table.addTableCheck(new TableCheckDraft(name.isBlank() ? null : name, check.string("constraints")));
            }
        }
    }

    private boolean isExpression(Element on, String constraint, String path) {
        try {
            SingleExpression.require("a check constraint on " + path, constraint);
        } catch (IllegalArgumentException e) {
            context.problems.invalid(on, e.getMessage());
            return false;
        }
        if (constraint.isBlank()) {
            context.problems.invalid(on, "a check constraint on " + path + " is empty");
            return false;
        }
        return true;
    }

    private static void addToColumn(TableDraft table, String column, String name, String constraint) {
        if (name == null || name.isBlank()) {
            table.addCheck(column, constraint);
        } else {
            table.addTableCheck(new TableCheckDraft(name, constraint));
        }
    }
}
