package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The join columns of a to-one association, one per primary key column of the target, as Hibernate 7 binds them:
 * {@code @JoinColumn}, {@code @JoinColumns} (each naming the key column it refers to with {@code
 * referencedColumnName} when the key has several), or an {@code @AssociationOverride}; without them, the implicit
 * {@code <attribute>_<referenced column>} per key column, quoted when the target's table or that column is quoted.
 */
final class JoinColumnsReader {
    /**
     * One join column.
     *
     * @param referenced the target's key column it copies
     * @param logical its logical name
     * @param nullable whether it may be null
     * @param unique {@code @JoinColumn(unique)}
     * @param readOnly {@code insertable = false, updatable = false}
     * @param explicit whether an annotation declares it, rather than JPA's defaults
     */
    record JoinColumn(KeyColumn referenced, Identifier logical, boolean nullable, boolean unique, boolean readOnly,
            boolean explicit) {
    }

    /**
     * The join columns of one association.
     *
     * @param declared in the order the mapping gives them (the target's key order when implicit)
     * @param byKey in the order of the target's key, as the foreign key lists them
     * @param foreignKeyName the name of the foreign key, {@code null} when schemac chooses it
     * @param constraint whether there is a foreign key ({@code ConstraintMode.NO_CONSTRAINT} says there is none)
     */
    record Joins(List<JoinColumn> declared, List<JoinColumn> byKey, String foreignKeyName, boolean constraint) {
    }

    /**
     * What an {@code @AssociationOverride} gives instead of the attribute's own annotations.
     *
     * @param foreignKey its {@code foreignKey}, or {@code null} when it gives none
     * @param joinTable whether it gives a {@code joinTable}
     */
    record Override(List<AnnotationValues> joinColumns, AnnotationValues foreignKey, boolean joinTable) {
    }

    private final ReadContext context;

    JoinColumnsReader(ReadContext context) {
        this.context = context;
    }

    /**
     * Reads the join columns of {@code attribute} to the target {@code head}, or returns {@code null} after
     * reporting why they cannot be read.
     *
     * @param optional whether the association may be null; an id's never may
     * @param override the {@code @AssociationOverride} in force, or {@code null}
     */
    Joins read(Attribute attribute, String path, boolean optional, Head head, Override override) {
        List<AnnotationValues> annotations;
        AnnotationValues foreignKey;
        if (override != null && override.joinTable()) {
            context.problems.unsupported(attribute.field(), "@AssociationOverride(joinTable) for " + path,
                    "join tables");
            return null;
        }
        if (override != null) {
            annotations = override.joinColumns();
            foreignKey = override.foreignKey();
        } else {
            annotations = attribute.annotations().repeated(JpaNames.JOIN_COLUMN, JpaNames.JOIN_COLUMNS);
            foreignKey = attribute.annotations().get(JpaNames.JOIN_COLUMNS)
                    .filter(joinColumns -> joinColumns.isSet("foreignKey"))
                    .map(joinColumns -> joinColumns.annotation("foreignKey")).orElse(null);
        }
        if (foreignKey == null) {
            foreignKey = annotations.stream().filter(j -> j.isSet("foreignKey")).map(j -> j.annotation("foreignKey"))
                    .findFirst().orElse(null);
        }
        if (foreignKey != null && !foreignKey.string("foreignKeyDefinition").isBlank()) {
            context.problems.unsupported(attribute.field(), "@ForeignKey(foreignKeyDefinition) on " + path,
                    "foreign keys written in SQL");
            return null;
        }
        List<KeyColumn> key = head.key();
        List<JoinColumn> declared = annotations.isEmpty() ? implicit(attribute, optional, head)
                : explicit(attribute, path, optional, head, annotations);
        if (declared == null) {
            return null;
        }
        List<JoinColumn> byKey = new ArrayList<>();
        for (KeyColumn column : key) {
            declared.stream().filter(j -> j.referenced().equals(column)).findFirst().ifPresent(byKey::add);
        }
        boolean constraint = foreignKey == null || !foreignKey.enumConstant("value").equals("NO_CONSTRAINT");
        String name = foreignKey == null || foreignKey.string("name").isBlank() ? null : foreignKey.string("name");
        return new Joins(List.copyOf(declared), List.copyOf(byKey), name, constraint);
    }

    private static List<JoinColumn> implicit(Attribute attribute, boolean optional, Head head) {
        List<JoinColumn> result = new ArrayList<>();
        for (KeyColumn column : head.key()) {
            result.add(new JoinColumn(column, implicitName(attribute, column, head), optional, false, false, false));
        }
        return result;
    }

    private List<JoinColumn> explicit(Attribute attribute, String path, boolean optional, Head head,
            List<AnnotationValues> annotations) {
        List<KeyColumn> key = head.key();
        if (annotations.size() != key.size()) {
            context.problems.invalid(attribute.field(), path + " has " + annotations.size() + " join column(s), but"
                    + " the primary key of its target has " + key.size() + " (" + names(key) + "); Hibernate needs"
                    + " one join column per key column");
            return null;
        }
        for (String flag : List.of("nullable", "insertable", "updatable")) {
            if (annotations.stream().map(joinColumn -> joinColumn.bool(flag)).distinct().count() > 1) {
                context.problems.invalid(attribute.field(), "the join columns of " + path + " mix " + flag + " = true"
                        + " with " + flag + " = false, which Hibernate refuses; give them all the same " + flag);
                return null;
            }
        }
        List<JoinColumn> result = new ArrayList<>();
        for (AnnotationValues joinColumn : annotations) {
            if (context.unsupported.inColumn(joinColumn, attribute.field(), path)) {
                return null;
            }
            KeyColumn referenced = referenced(attribute, path, joinColumn, key);
            if (referenced == null) {
                return null;
            }
            if (result.stream().anyMatch(j -> j.referenced().equals(referenced))) {
                context.problems.invalid(attribute.field(), path + " has two join columns referring to the key"
                        + " column " + referenced.name());
                return null;
            }
            Identifier name = Identifier.parse(joinColumn.string("name"));
            result.add(new JoinColumn(referenced, name != null ? name : implicitName(attribute, referenced, head),
                    optional && joinColumn.bool("nullable"), joinColumn.bool("unique"),
                    !joinColumn.bool("insertable") && !joinColumn.bool("updatable"), true));
        }
        return result;
    }

    private KeyColumn referenced(Attribute attribute, String path, AnnotationValues joinColumn, List<KeyColumn> key) {
        String written = joinColumn.string("referencedColumnName");
        Identifier referenced = Identifier.parse(written);
        if (referenced == null) {
            if (key.size() == 1) {
                return key.get(0);
            }
            context.problems.invalid(attribute.field(), path + " refers to a primary key of several columns ("
                    + names(key) + "): name the key column of each @JoinColumn with referencedColumnName");
            return null;
        }
        String name = context.naming.catalogName(referenced);
        for (KeyColumn column : key) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        context.problems.unsupported(attribute.field(), "@JoinColumn(referencedColumnName = \"" + written + "\") on "
                + path, "foreign keys to columns other than the primary key " + names(key));
        return null;
    }

    /** JPA's {@code <attribute>_<referenced column>}, quoted when the target's table or column is quoted. */
    static Identifier implicitName(Attribute attribute, KeyColumn key, Head head) {
        return CollectionNames.joinColumn(attribute.name(), key, head);
    }

    private static String names(List<KeyColumn> key) {
        return key.stream().map(KeyColumn::name).collect(Collectors.joining(", "));
    }
}
