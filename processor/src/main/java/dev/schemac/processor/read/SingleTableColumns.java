package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.UniqueDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The columns of a SINGLE_TABLE subclass in its root's table, as Hibernate 7 makes them: those its attributes
 * require (primitives, {@code @Basic(optional = false)}, {@code optional = false} associations) stay nullable unless
 * {@code nullable = false} says otherwise, and a check {@code DTYPE <> 'Sub' or (c is not null and ...)} requires
 * them, and those of its parent's own attributes, for its rows.
 */
final class SingleTableColumns {
    private final ReadContext context;
    private final Discriminators discriminators;
    /** Per entity: the columns its own attributes require although they are nullable. */
    private final Map<TypeElement, List<String>> required = new HashMap<>();

    SingleTableColumns(ReadContext context, Discriminators discriminators) {
        this.context = context;
        this.discriminators = discriminators;
    }

    /**
     * Relaxes the subclass's required columns, remembers those its own attributes require, and adds its check.
     *
     * @param parent the parent entity, {@code null} at the root
     */
    void map(TypeElement entity, TableDraft table, Scope scope, List<Attribute> attributes, TypeElement parent) {
        List<Attribute> ordered = new ArrayList<>(attributes);
        ordered.sort(Comparator.comparingInt(Attribute::classLevel).thenComparing(Attribute::name));
        List<String> own = new ArrayList<>();
        for (Attribute attribute : ordered) {
            ColumnDraft draft = ownColumn(table, scope, attribute);
            if (draft == null) {
                continue;
            }
            if (parent != null && !draft.column().nullable() && !explicitlyNotNull(attribute)) {
                draft = relax(table, draft);
            }
            if (draft.column().nullable() && isRequired(attribute)) {
                own.add(draft.column().name());
            }
        }
        required.put(entity, own);
        if (parent == null || Hierarchies.isAbstract(entity)) {
            return;
        }
        Discriminator discriminator = discriminators.of(context.hierarchies.root(entity));
        String value = discriminator == null ? null : Discriminator.value(context, entity, discriminator.kind());
        List<String> columns = new ArrayList<>(required.getOrDefault(parent, List.of()));
        columns.addAll(own);
        if (value != null && !columns.isEmpty()) {
            table.addCheck(discriminator.name() + "_" + context.heads.entityName(entity).toLowerCase(Locale.ROOT),
                    discriminator.requiredCheck(value, columns));
        }
    }

    /** The single column an attribute maps directly (not through an embeddable), or {@code null}. */
    private static ColumnDraft ownColumn(TableDraft table, Scope scope, Attribute attribute) {
        String path = scope.pathOf(attribute);
        for (ColumnDraft draft : table.columns()) {
            if (draft.field() == attribute.field() && draft.path().equals(path)) {
                return draft;
            }
        }
        return null;
    }

    /** Whether Hibernate's property is not optional: a primitive, {@code @Basic(optional = false)}, a required association. */
    private static boolean isRequired(Attribute attribute) {
        if (attribute.has(JpaNames.ID) || attribute.has(JpaNames.VERSION)) {
            return false;
        }
        if (ToOneMapper.applies(attribute)) {
            String annotation = attribute.has(JpaNames.ONE_TO_ONE) ? JpaNames.ONE_TO_ONE : JpaNames.MANY_TO_ONE;
            return attribute.annotations().get(annotation).map(a -> !a.bool("optional")).orElse(false);
        }
        return attribute.type().getKind().isPrimitive()
                || attribute.annotations().get(JpaNames.BASIC).map(b -> !b.bool("optional")).orElse(false);
    }

    /** Whether the mapping itself says {@code nullable = false}, which Hibernate keeps in a shared table. */
    private static boolean explicitlyNotNull(Attribute attribute) {
        String annotation = ToOneMapper.applies(attribute) ? JpaNames.JOIN_COLUMN : JpaNames.COLUMN;
        return attribute.annotations().get(annotation).map(c -> !c.bool("nullable")).orElse(false);
    }

    /** Makes the column nullable, keeping the unique constraints that belong to it. */
    private static ColumnDraft relax(TableDraft table, ColumnDraft draft) {
        ColumnDraft relaxed = new ColumnDraft(draft.column().withNullable(true), draft.field(), draft.path(),
                draft.readOnly(), draft.joinColumn(), draft.bindingOrder());
        table.putColumn(relaxed);
        List<UniqueDraft> uniques = table.uniques();
        for (int i = 0; i < uniques.size(); i++) {
            if (uniques.get(i).owner() == draft) {
                uniques.set(i, new UniqueDraft(uniques.get(i).name(), uniques.get(i).columns(), relaxed));
            }
        }
        return relaxed;
    }
}
