package dev.schemac.processor.evolution;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.tools.JavaFileObject;

/**
 * An entity model as a developer evolves it, immutable: entities {@code E<n>} in package {@code evo} with a
 * {@code Long} id and fields {@code c<n>}. Names come from one counter and are never reused, so that a new field
 * never meets the retained column of an old one.
 */
record Model(List<EntitySpec> entities, int lastName) {
    Model {
        entities = List.copyOf(entities);
    }

    static Model empty() {
        return new Model(List.of(), 0);
    }

    /** The next unused name number, and the model that has used it. */
    Model withNameUsed() {
        return new Model(entities, lastName + 1);
    }

    Model with(EntitySpec entity) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.add(entity);
        return new Model(next, lastName);
    }

    Model without(EntitySpec entity) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.remove(entity);
        return new Model(next, lastName);
    }

    Model replace(EntitySpec entity, UnaryOperator<EntitySpec> change) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.set(next.indexOf(entity), change.apply(entity));
        return new Model(next, lastName);
    }

    JavaFileObject[] sources() {
        return entities.stream().map(e -> JavaFileObjects.forSourceString("evo." + e.className(), e.source()))
                .toArray(JavaFileObject[]::new);
    }

    /** An entity: its table is its class name in lower case, as Hibernate's default naming gives it. */
    record EntitySpec(int number, List<FieldSpec> fields) {
        EntitySpec {
            fields = List.copyOf(fields);
        }

        String className() {
            return "E" + number;
        }

        String table() {
            return "e" + number;
        }

        EntitySpec with(FieldSpec field) {
            List<FieldSpec> next = new ArrayList<>(fields);
            next.add(field);
            return new EntitySpec(number, next);
        }

        EntitySpec without(FieldSpec field) {
            List<FieldSpec> next = new ArrayList<>(fields);
            next.remove(field);
            return new EntitySpec(number, next);
        }

        EntitySpec replace(FieldSpec field, FieldSpec by) {
            List<FieldSpec> next = new ArrayList<>(fields);
            next.set(next.indexOf(field), by);
            return new EntitySpec(number, next);
        }

        String source() {
            StringBuilder java = new StringBuilder("""
                    package evo;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;

                    @Entity
                    public class %s {
                        @Id
                        private Long id;
                    """.formatted(className()));
            for (FieldSpec field : fields) {
                java.append('\n').append(field.source());
            }
            return java.append("}\n").toString();
        }
    }

    /**
     * A field and its column.
     *
     * @param annotations extra annotations written above the field, e.g. a default for existing rows
     */
    record FieldSpec(int number, FieldType type, boolean nullable, List<String> annotations) {
        FieldSpec {
            annotations = List.copyOf(annotations);
        }

        String column() {
            return "c" + number;
        }

        FieldSpec withType(FieldType next) {
            return new FieldSpec(number, next, nullable, annotations);
        }

        FieldSpec withNullable(boolean next, List<String> nextAnnotations) {
            return new FieldSpec(number, type, next, nextAnnotations);
        }

        String source() {
            List<String> attributes = new ArrayList<>();
            if (!nullable) {
                attributes.add("nullable = false");
            }
            if (!type.columnAttributes().isEmpty()) {
                attributes.add(type.columnAttributes());
            }
            StringBuilder java = new StringBuilder();
            for (String annotation : annotations) {
                java.append("    ").append(annotation).append('\n');
            }
            if (!attributes.isEmpty()) {
                java.append("    @Column(").append(String.join(", ", attributes)).append(")\n");
            }
            return java.append("    private ").append(type.javaType()).append(' ').append(column()).append(";\n")
                    .toString();
        }
    }
}
