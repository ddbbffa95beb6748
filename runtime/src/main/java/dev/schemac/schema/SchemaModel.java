package dev.schemac.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as schemac models it: tables and sequences, each list sorted by name so that equal
 * schemas are equal records.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences) {
    /** The schema with nothing in it. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("two tables named " + tables.get(i).name());
            }
        }
    }

    public Optional<Table> findTable(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> findSequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
