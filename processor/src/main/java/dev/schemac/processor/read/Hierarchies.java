package dev.schemac.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Where each entity sits in its inheritance hierarchy: its parent entity, its root and the root's strategy, and
 * the entities that extend it. Built once per run from the list of entities, each superclass chain walked once.
 */
final class Hierarchies {
    /** JPA's inheritance strategies; SINGLE_TABLE is the default. */
    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    private final ReadContext context;
    private final Map<TypeElement, TypeElement> parents = new HashMap<>();
    private final Map<TypeElement, List<TypeElement>> children = new HashMap<>();

    Hierarchies(ReadContext context) {
        this.context = context;
    }

    /** Learns the subclasses among the entities of this run, so that each root knows its whole hierarchy. */
    void learn(List<TypeElement> entities) {
        for (TypeElement entity : entities) {
            TypeElement parent = parent(entity);
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(entity);
            }
        }
        Comparator<TypeElement> byName = Comparator.comparing(type -> type.getQualifiedName().toString());
        children.values().forEach(list -> list.sort(byName));
    }

    /** The nearest superclass that is an entity, or {@code null} for a root or an entity without a parent. */
    TypeElement parent(TypeElement entity) {
        if (parents.containsKey(entity)) {
            return parents.get(entity);
        }
        TypeElement parent = context.attributes.superclass(entity);
        while (parent != null && !context.annotations.of(parent).has(JpaNames.ENTITY)) {
            parent = context.attributes.superclass(parent);
        }
        parents.put(entity, parent);
        return parent;
    }

    TypeElement root(TypeElement entity) {
        TypeElement root = entity;
        for (TypeElement parent = parent(root); parent != null; parent = parent(root)) {
            root = parent;
        }
        return root;
    }

    /** The entities and their ancestors up to the root, the root first. */
    List<TypeElement> chain(TypeElement entity) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement type = entity; type != null; type = parent(type)) {
            chain.add(0, type);
        }
        return chain;
    }

    /** The strategy of the entity's hierarchy, which its root's {@code @Inheritance} decides. */
    Strategy strategy(TypeElement entity) {
        return context.annotations.of(root(entity)).get(JpaNames.INHERITANCE)
                .map(i -> i.enumConstant("strategy")).filter(s -> !s.isEmpty()).map(Strategy::valueOf)
                .orElse(Strategy.SINGLE_TABLE);
    }

    /** The entities directly extending this one, by qualified name. */
    List<TypeElement> children(TypeElement entity) {
        return children.getOrDefault(entity, List.of());
    }

    /**
     * The entities below this one in the order Hibernate lists them ({@code PersistentClass.getSubclasses()}): for
     * each child in turn, its own subclasses, then the children themselves.
     */
    List<TypeElement> subclasses(TypeElement entity) {
        List<TypeElement> result = new ArrayList<>();
        for (TypeElement child : children(entity)) {
            result.addAll(subclasses(child));
        }
        result.addAll(children(entity));
        return result;
    }

    /** Whether the entity has a parent entity or subclasses. */
    boolean inHierarchy(TypeElement entity) {
        return parent(entity) != null || !children(entity).isEmpty();
    }

    /**
     * Whether the entity's rows are spread over several tables: it belongs to a TABLE_PER_CLASS hierarchy and is
     * abstract or has subclasses. Hibernate gives foreign keys to it, and from its collection tables, no constraint.
     */
    boolean isUnion(TypeElement entity) {
        return strategy(entity) == Strategy.TABLE_PER_CLASS && (isAbstract(entity) || !children(entity).isEmpty());
    }

    static boolean isAbstract(TypeElement type) {
        return type.getModifiers().contains(Modifier.ABSTRACT);
    }
}
