package dev.schemac.processor.read;

import dev.schemac.processor.read.Hierarchies.Strategy;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The discriminators of hierarchies, read once per root: SINGLE_TABLE roots with subclasses or a
 * {@code @DiscriminatorColumn} have one, JOINED roots only with {@code @DiscriminatorColumn}, TABLE_PER_CLASS none.
 */
final class Discriminators {
    private final ReadContext context;
    private final Map<TypeElement, Discriminator> byRoot = new HashMap<>();

    Discriminators(ReadContext context) {
        this.context = context;
    }

    /** The hierarchy's discriminator, read from its root once; {@code null} when it has none. */
    Discriminator of(TypeElement root) {
        if (byRoot.containsKey(root)) {
            return byRoot.get(root);
        }
        Discriminator discriminator = readDiscriminator(root);
        byRoot.put(root, discriminator);
        return discriminator;
    }

    private Discriminator readDiscriminator(TypeElement root) {
        for (String hibernate : List.of(JpaNames.DISCRIMINATOR_FORMULA, JpaNames.DISCRIMINATOR_OPTIONS)) {
            if (context.annotations.of(root).has(hibernate)) {
                context.problems.unsupportedEntity(root, "@" + hibernate.substring(hibernate.lastIndexOf('.') + 1)
                        + " on " + root.getSimpleName(), "Hibernate's discriminator annotations, which change the"
                        + " discriminator column and its check");
                return null;
            }
        }
        AnnotationValues column = context.annotations.of(root).get(JpaNames.DISCRIMINATOR_COLUMN).orElse(null);
        Strategy strategy = context.hierarchies.strategy(root);
        boolean present = switch (strategy) {
            case SINGLE_TABLE -> column != null || !context.hierarchies.children(root).isEmpty();
            case JOINED -> column != null;
            case TABLE_PER_CLASS -> false;
        };
        if (!present) {
            return null;
        }
        String name = column == null ? "" : column.string("name");
        String kind = column == null ? "STRING" : column.enumConstant("discriminatorType");
        int length = column == null ? 31 : column.integer("length");
        if (column != null && (!column.string("columnDefinition").isBlank()
                || column.isSet("options") && !column.string("options").isBlank())) {
            context.problems.unsupportedEntity(root, "@DiscriminatorColumn(columnDefinition or options) on "
                    + root.getSimpleName(), "a verbatim SQL type is not checked against the discriminator type");
            return null;
        }
        Identifier logical = Identifier.parse(name.isBlank() ? Discriminator.DEFAULT_NAME : name);
        ColumnType type = switch (kind) {
            case "CHAR" -> ColumnType.character(1);
            case "INTEGER" -> ColumnType.INTEGER;
            default -> ColumnType.varchar(length);
        };
        return new Discriminator(context.naming.catalogName(logical), type, kind.isEmpty() ? "STRING" : kind);
    }

    /** Adds the discriminator column and its check of the values of the concrete entities to the root's table. */
    void add(TypeElement root, TableDraft table, Discriminator discriminator) {
        String path = root.getSimpleName() + ".<discriminator>";
        if (table.column(discriminator.name()) != null) {
            context.problems.invalid(root, "the discriminator column " + discriminator.name() + " of "
                    + root.getSimpleName() + " is also mapped by " + table.column(discriminator.name()).path()
                    + "; Hibernate refuses this unless that mapping is read-only, which schemac does not read");
            return;
        }
        table.putColumn(new ColumnDraft(Column.column(discriminator.name(), discriminator.type()).notNull(), root,
                path, false, false, List.of("99:")));
        List<String> values = new ArrayList<>();
        List<TypeElement> classes = new ArrayList<>();
        classes.add(root);
        classes.addAll(context.hierarchies.subclasses(root));
        for (TypeElement type : classes) {
            if (!Hierarchies.isAbstract(type)) {
                String value = Discriminator.value(context, type, discriminator.kind());
                if (value == null) {
                    return;
                }
                values.add(value);
            }
        }
        if (!values.isEmpty()) {
            table.addCheck(discriminator.name(), discriminator.check(values));
        }
    }
}
