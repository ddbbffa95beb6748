package dev.schemac.processor.evolution;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;
import javax.tools.JavaFileObject;

/**
 * An entity model as a developer evolves it, immutable: entities {@code E<n>} in package {@code evo} with a
 * {@code Long} id and fields {@code c<n>}. Names come from one counter and are never reused, so that a new field
 * never meets the retained column of an old one.
 */
record Model(List<EntitySpec> entities, int lastName, Map<String, List<String>> retainedColumns,
        List<String> retainedTables) {
    Model {
        entities = List.copyOf(entities);
        retainedColumns = Collections.unmodifiableMap(new TreeMap<>(retainedColumns));
        retainedTables = List.copyOf(retainedTables);
    }

    static Model empty() {
        return new Model(List.of(), 0, Map.of(), List.of());
    }

    /** The next unused name number, and the model that has used it. */
    Model withNameUsed() {
        return new Model(entities, lastName + 1, retainedColumns, retainedTables);
    }

    Model with(EntitySpec entity) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.add(entity);
        return new Model(next, lastName, retainedColumns, retainedTables);
    }

    /** Without the entity; its table stays in the database, no longer mapped. */
    Model without(EntitySpec entity) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.remove(entity);
        List<String> tables = new ArrayList<>(retainedTables);
        tables.add(entity.table());
        return new Model(next, lastName, retainedColumns, tables);
    }

    Model replace(EntitySpec entity, UnaryOperator<EntitySpec> change) {
        List<EntitySpec> next = new ArrayList<>(entities);
        next.set(next.indexOf(entity), change.apply(entity));
        return new Model(next, lastName, retainedColumns, retainedTables);
    }

    /** The column stays in the database, no longer mapped. */
    Model retaining(String table, String column) {
        Map<String, List<String>> columns = new TreeMap<>(retainedColumns);
        List<String> list = new ArrayList<>(columns.getOrDefault(table, List.of()));
        list.add(column);
        columns.put(table, List.copyOf(list));
        return new Model(entities, lastName, columns, retainedTables);
    }

    /** A retained column or table was dropped: gone from the database. */
    Model dropped(String table, String column) {
        Map<String, List<String>> columns = new TreeMap<>(retainedColumns);
        List<String> tables = new ArrayList<>(retainedTables);
        if (column == null) {
            tables.remove(table);
            columns.remove(table);
        } else {
            List<String> list = new ArrayList<>(columns.get(table));
            list.remove(column);
            columns.put(table, List.copyOf(list));
        }
        return new Model(entities, lastName, columns, tables);
    }

    /** A table renamed: its retained columns go with it. */
    Model renamedTable(String from, String to) {
        Map<String, List<String>> columns = new TreeMap<>(retainedColumns);
        List<String> moved = columns.remove(from);
        if (moved != null) {
            columns.put(to, moved);
        }
        return new Model(entities, lastName, columns, retainedTables);
    }

    JavaFileObject[] sources() {
        return entities.stream().map(e -> JavaFileObjects.forSourceString("evo." + e.className(), e.source()))
                .toArray(JavaFileObject[]::new);
    }

    /** An entity: its table is its class name in lower case, as Hibernate's default naming gives it. */
    record EntitySpec(int number, List<FieldSpec> fields, List<String> annotations) {
        EntitySpec {
            fields = List.copyOf(fields);
            annotations = List.copyOf(annotations);
        }

        EntitySpec annotated(String annotation) {
            List<String> next = new ArrayList<>(annotations);
            next.add(annotation);
            return new EntitySpec(number, fields, next);
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
            return new EntitySpec(number, next, annotations);
        }

        EntitySpec without(FieldSpec field) {
            List<FieldSpec> next = new ArrayList<>(fields);
            next.remove(field);
            return new EntitySpec(number, next, annotations);
        }

        EntitySpec replace(FieldSpec field, FieldSpec by) {
            List<FieldSpec> next = new ArrayList<>(fields);
            next.set(next.indexOf(field), by);
            return new EntitySpec(number, next, annotations);
        }

        String source() {
            StringBuilder java = new StringBuilder("""
                    package evo;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;

                    %s@Entity
                    public class %s {
                        @Id
                        private Long id;
                    """.formatted(annotations.stream().map(a -> a + "\n").collect(Collectors.joining()),
                    className()));
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

        FieldSpec renamed(int newNumber) {
            List<String> next = new ArrayList<>(annotations.stream().filter(a -> !a.contains("RenamedFrom")).toList());
            next.add("@dev.schemac.annotation.RenamedFrom(\"" + column() + "\")");
            return new FieldSpec(newNumber, type, nullable, next);
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
