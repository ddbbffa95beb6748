package dev.schemac.processor.read;

import dev.schemac.processor.read.EntityHeads.Head;
import dev.schemac.processor.read.EntityHeads.KeyColumn;
import dev.schemac.processor.read.JoinColumnsReader.JoinColumn;
import dev.schemac.processor.read.JoinColumnsReader.Joins;
import dev.schemac.processor.read.KeyLayout.Part;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads a primary key that is not one basic {@code @Id}: {@code @IdClass} or several {@code @Id}s, an {@code
 * @EmbeddedId} (with {@code @AttributeOverride}s and associations inside), an {@code @Id} on a to-one association
 * and {@code @MapsId}. A derived key column is the join column of its association, named and typed after the
 * target's key. The columns come in Hibernate's order (see {@link KeyOrder}).
 */
final class KeyReader {
    private final ReadContext context;
    private final JoinColumnsReader joinColumns;

    KeyReader(ReadContext context) {
        this.context = context;
        this.joinColumns = new JoinColumnsReader(context);
    }

    /**
     * The key of the entity, or {@code null} when it is one basic {@code @Id} or no id at all, which {@link
     * EntityHeads} reads itself.
     */
    KeyLayout read(TypeElement entity, List<Attribute> attributes) {
        String name = entity.getSimpleName().toString();
        List<Attribute> ids = new ArrayList<>();
        List<Attribute> embeddedIds = new ArrayList<>();
        List<Attribute> mapsIds = new ArrayList<>();
        for (Attribute attribute : attributes) {
            if (attribute.has(JpaNames.ID)) {
                ids.add(attribute);
            }
            if (attribute.has(JpaNames.EMBEDDED_ID)) {
                embeddedIds.add(attribute);
            }
            if (attribute.has(JpaNames.MAPS_ID)) {
                mapsIds.add(attribute);
            }
        }
        boolean simple = ids.size() == 1 && !ToOneMapper.applies(ids.get(0));
        if (embeddedIds.isEmpty() && mapsIds.isEmpty() && (simple || ids.isEmpty())) {
            return null;
        }
        Builder key = new Builder(name);
        if (embeddedIds.size() + (ids.isEmpty() ? 0 : 1) > 1) {
            context.problems.invalid(entity, "the entity " + name + " has " + (embeddedIds.size() > 1
                    ? "several @EmbeddedId fields" : "both @EmbeddedId and @Id fields")
                    + "; an entity has one identifier: use one @EmbeddedId, or @Id fields with @IdClass");
            return key.failed();
        }
        for (Attribute mapsId : mapsIds) {
            if (!ToOneMapper.applies(mapsId)) {
                context.problems.invalid(mapsId.field(), "@MapsId on " + name + "." + mapsId.name() + " needs a"
                        + " @ManyToOne or @OneToOne association");
                return key.failed();
            }
        }
        AttributeOverrides overrides = new AttributeOverrides();
        overrides.add("", context.annotations.of(entity), name);
        if (!embeddedIds.isEmpty()) {
            embedded(embeddedIds.get(0), mapsIds, overrides, key);
        } else if (simple) {
            sharedWithId(ids.get(0), mapsIds, overrides, key);
        } else {
            for (Attribute mapsId : mapsIds) {
                context.problems.invalid(mapsId.field(), "@MapsId on " + name + "." + mapsId.name() + " maps an"
                        + " attribute of an @EmbeddedId, or the single @Id, but " + name + " has neither");
                key.ok = false;
            }
            for (Attribute id : ids) {
                idAttribute(id, overrides, key);
            }
        }
        return key.build();
    }

    /** An {@code @EmbeddedId}: its attributes, some of which {@code @MapsId} associations may map. */
    private void embedded(Attribute embeddedId, List<Attribute> mapsIds, AttributeOverrides overrides, Builder key) {
        key.covered.add(embeddedId.field());
        if (context.unsupported.onField(embeddedId, key.path(embeddedId))) {
            key.ok = false;
            return;
        }
        if (!(embeddedId.type() instanceof DeclaredType type)
                || !context.annotations.of(type.asElement()).has(JpaNames.EMBEDDABLE)) {
            context.problems.invalid(embeddedId.field(), "@EmbeddedId on " + key.path(embeddedId) + " needs an"
                    + " @Embeddable class, but its type is " + embeddedId.type());
            key.ok = false;
            return;
        }
        overrides.add(embeddedId.name(), embeddedId.annotations(), type.asElement().getSimpleName().toString());
        List<Attribute> inner = context.attributes.of(type);
        Attribute whole = mapsIds.stream().filter(a -> a.annotations().get(JpaNames.MAPS_ID).orElseThrow()
                .string("value").isEmpty()).findFirst().orElse(null);
        if (whole != null) {
            if (mapsIds.size() > 1) {
                context.problems.invalid(whole.field(), "@MapsId on " + key.path(whole) + " maps the whole"
                        + " @EmbeddedId, so no other association can map a part of it");
                key.ok = false;
                return;
            }
            // the association gives the whole key: the embedded id's own attributes have no columns
            association(whole, embeddedId.name(), overrides.association(whole.name()), key);
            return;
        }
        for (Attribute mapsId : mapsIds) {
            String mapped = mapsId.annotations().get(JpaNames.MAPS_ID).orElseThrow().string("value");
            if (inner.stream().noneMatch(a -> a.name().equals(mapped))) {
                context.problems.invalid(mapsId.field(), "@MapsId(\"" + mapped + "\") on " + key.path(mapsId)
                        + " names no attribute of " + type.asElement().getSimpleName());
                key.ok = false;
            }
        }
        for (Attribute attribute : inner) {
            Attribute mapsId = mapsIds.stream().filter(a -> a.annotations().get(JpaNames.MAPS_ID).orElseThrow()
                    .string("value").equals(attribute.name())).findFirst().orElse(null);
            if (mapsId != null) {
                association(mapsId, attribute.name(), overrides.association(mapsId.name()), key);
            } else {
                keyAttribute(attribute, embeddedId.name() + "." + attribute.name(), attribute.name(), overrides,
                        key, new ArrayList<>(List.of(type.asElement())));
            }
        }
    }

    /**
     * An attribute of an embedded key: a basic column, an association's join columns, or a nested embeddable's
     * attributes.
     *
     * @param overridePath its path from the entity, as an {@code @AttributeOverride} names it
     * @param group its path from the embedded id, which orders it among the others (nested ones by the path)
     * @param expanding the embeddables being expanded, to refuse one inside itself
     */
    private void keyAttribute(Attribute attribute, String overridePath, String group, AttributeOverrides overrides,
            Builder key, List<Element> expanding) {
        if (ToOneMapper.applies(attribute)) {
            association(attribute, group, overrides.association(overridePath), key);
            return;
        }
        if (!isEmbedded(attribute)) {
            basic(attribute, overridePath, group, overrides, key);
            return;
        }
        if (context.unsupported.onField(attribute, key.path(attribute))) {
            key.ok = false;
            return;
        }
        DeclaredType type = (DeclaredType) attribute.type();
        if (expanding.contains(type.asElement())) {
            context.problems.invalid(attribute.field(), key.path(attribute) + " embeds "
                    + type.asElement().getSimpleName() + " inside itself, which would need infinitely many columns");
            key.ok = false;
            return;
        }
        overrides.add(overridePath, attribute.annotations(), type.asElement().getSimpleName().toString());
        expanding.add(type.asElement());
        for (Attribute nested : context.attributes.of(type)) {
            keyAttribute(nested, overridePath + "." + nested.name(), group + "." + nested.name(), overrides, key,
                    expanding);
        }
        expanding.remove(type.asElement());
    }

    private boolean isEmbedded(Attribute attribute) {
        return attribute.type() instanceof DeclaredType declared && (attribute.has(JpaNames.EMBEDDED)
                || context.annotations.of(declared.asElement()).has(JpaNames.EMBEDDABLE));
    }

    /** The single {@code @Id}, whose value a {@code @MapsId} association gives: its join column is the key. */
    private void sharedWithId(Attribute id, List<Attribute> mapsIds, AttributeOverrides overrides, Builder key) {
        key.covered.add(id.field());
        if (mapsIds.size() > 1) {
            context.problems.invalid(mapsIds.get(1).field(), "@MapsId on " + key.path(mapsIds.get(1)) + ": only"
                    + " one association can give the value of the single @Id " + key.path(id));
            key.ok = false;
            return;
        }
        Attribute mapsId = mapsIds.get(0);
        if (!mapsId.annotations().get(JpaNames.MAPS_ID).orElseThrow().string("value").isEmpty()) {
            context.problems.invalid(mapsId.field(), "@MapsId(\"...\") on " + key.path(mapsId) + " names an"
                    + " attribute of an @EmbeddedId, but the id " + key.path(id) + " is a single @Id; use @MapsId");
            key.ok = false;
            return;
        }
        if (id.has(JpaNames.GENERATED_VALUE)) {
            context.problems.invalid(id.field(), "@GeneratedValue on " + key.path(id) + ": its value comes from "
                    + key.path(mapsId) + " (@MapsId)");
            key.ok = false;
            return;
        }
        association(mapsId, mapsId.name(), overrides.association(mapsId.name()), key);
    }

    /** One {@code @Id} of several, or an {@code @Id} association. */
    private void idAttribute(Attribute id, AttributeOverrides overrides, Builder key) {
        key.covered.add(id.field());
        if (context.unsupported.onField(id, key.path(id))) {
            key.ok = false;
        } else if (ToOneMapper.applies(id)) {
            association(id, id.name(), overrides.association(id.name()), key);
        } else if (id.has(JpaNames.GENERATED_VALUE)) {
            context.problems.unsupported(id.field(), "@GeneratedValue on " + key.path(id),
                    "generated values in composite primary keys");
            key.ok = false;
        } else {
            basic(id, id.name(), id.name(), overrides, key);
        }
    }

    private void basic(Attribute attribute, String overridePath, String group, AttributeOverrides overrides,
            Builder key) {
        String path = key.path(attribute);
        if (context.unsupported.onField(attribute, path)) {
            key.ok = false;
            return;
        }
        if (isEmbedded(attribute)) {
            context.problems.unsupported(attribute.field(), "the embeddable " + path + " as an @Id",
                    "an @Id of an embeddable type; use @EmbeddedId");
            key.ok = false;
            return;
        }
        ColumnSpec spec = context.columnSpecs.resolve(attribute, overridePath, overrides, path);
        if (spec == null) {
            key.ok = false;
            return;
        }
        BasicTypes.Result type = ColumnTypes.of(attribute, spec);
        if (type.type() == null) {
            context.problems.invalid(attribute.field(), "the key attribute " + path + " has no column type schemac"
                    + " can map" + (type.problem() == null ? " (" + attribute.type() + ")" : ": " + type.problem()));
            key.ok = false;
            return;
        }
        Identifier logical = Identifier.parse(spec.name() != null ? spec.name() : attribute.name());
        Part part = new Part(new KeyColumn(logical, context.naming.catalogName(logical), type.type()), attribute,
                path, overridePath, false, KeyOrder.bytes(type.type(), false));
        key.parts.add(part);
        key.groups.put(group, List.of(part));
    }

    /**
     * A derived key part: the join columns of an association to another entity's key, with their foreign key.
     *
     * @param group the key attribute whose columns they are, by which Hibernate orders them among the others
     * @param override the {@code @AssociationOverride} in force, or {@code null}
     */
    private void association(Attribute attribute, String group, JoinColumnsReader.Override override, Builder key) {
        key.covered.add(attribute.field());
        String path = key.path(attribute);
        if (context.unsupported.onField(attribute, path)) {
            key.ok = false;
            return;
        }
        boolean oneToOne = attribute.has(JpaNames.ONE_TO_ONE);
        AnnotationValues association = ToOneMapper.association(attribute);
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            context.problems.invalid(attribute.field(), path + " is part of the primary key, so it must own its join"
                    + " columns; remove mappedBy");
            key.ok = false;
            return;
        }
        TypeElement target = target(attribute);
        Head head = target == null ? null : context.heads.of(target);
        if (head == null || head.key().isEmpty()) {
            context.problems.invalid(attribute.field(), path + " is part of the primary key but refers to "
                    + (target == null ? attribute.type() : target.getSimpleName()) + ", whose primary key schemac"
                    + " cannot read");
            key.ok = false;
            return;
        }
        Joins joins = joinColumns.read(attribute, path, false, head, override);
        if (joins == null) {
            key.ok = false;
            return;
        }
        List<String> names = new ArrayList<>();
        List<Part> inBindingOrder = new ArrayList<>();
        for (KeyColumn referenced : context.heads.bindingOrder(target)) {
            for (JoinColumn join : joins.declared()) {
                if (join.referenced().equals(referenced)) {
                    KeyColumn column = new KeyColumn(join.logical(), context.naming.catalogName(join.logical()),
                            join.referenced().type());
                    int bytes = KeyOrder.bytes(column.type(), join.explicit());
                    inBindingOrder.add(new Part(column, attribute, path, null, true, bytes));
                }
            }
        }
        for (JoinColumn join : joins.declared()) {
            names.add(context.naming.catalogName(join.logical()));
        }
        key.parts.addAll(inBindingOrder);
        key.groups.put(group, inBindingOrder);
        if (oneToOne) {
            key.uniques.add(inBindingOrder.stream().map(part -> part.column().name()).toList());
        }
        if (joins.constraint()) {
            List<String> byKey = joins.byKey().stream()
                    .map(join -> names.get(joins.declared().indexOf(join))).toList();
            key.foreignKeys.add(new ForeignKeyDraft(joins.foreignKeyName(), byKey, head.table(),
                    head.key().stream().map(KeyColumn::name).toList()));
        }
    }

    private TypeElement target(Attribute attribute) {
        var type = ToOneMapper.association(attribute).type("targetEntity");
        if (type == null || type.getKind() == TypeKind.VOID) {
            type = attribute.type();
        }
        if (type instanceof DeclaredType declared && context.annotations.of(declared.asElement())
                .has(JpaNames.ENTITY)) {
            return (TypeElement) declared.asElement();
        }
        return null;
    }

    /** The key being read. */
    private final class Builder {
        final String entity;
        final List<Part> parts = new ArrayList<>();
        final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        /** The key columns by the attribute they belong to, each in binding order, the attributes by name. */
        final Map<String, List<Part>> groups = new TreeMap<>();
        final Set<Element> covered = new HashSet<>();
        boolean ok = true;

        Builder(String entity) {
            this.entity = entity;
        }

        String path(Attribute attribute) {
            return entity + "." + attribute.name();
        }

        KeyLayout failed() {
            ok = false;
            return build();
        }

        KeyLayout build() {
            List<Part> binding = new ArrayList<>();
            groups.values().forEach(binding::addAll);
            List<Part> sorted = !ok ? List.of() : parts.size() < 2 ? List.copyOf(parts) : KeyOrder.sorted(parts,
                    Part::bytes, part -> context.naming.toPhysical(part.column().logical()).text());
            if (ok && parts.size() > 1 && uniques.stream().anyMatch(unique -> unique.size() == parts.size())) {
                // a one-to-one's unique constraint on the whole key gives Hibernate the key's order
                sorted = List.copyOf(binding);
            }
            return new KeyLayout(sorted, List.copyOf(foreignKeys), List.copyOf(uniques), Set.copyOf(covered),
                    !ok ? List.of() : binding.stream().map(Part::column).toList());
        }
    }
}
