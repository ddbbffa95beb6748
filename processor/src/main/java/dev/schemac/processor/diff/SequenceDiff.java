package dev.schemac.processor.diff;

import dev.schemac.operation.AlterSequence;
import dev.schemac.operation.CreateSchema;
import dev.schemac.operation.CreateSequence;
import dev.schemac.operation.DropSequence;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Sequences and database schemas: the objects that exist beside the tables. */
final class SequenceDiff {
    private SequenceDiff() {
    }

    static void compare(SchemaModel before, NextSchema next, OperationPlan plan, ChangeLog changes) {
        Map<QualifiedName, Sequence> old = new HashMap<>();
        before.sequences().forEach(s -> old.put(s.name(), s));
        for (Sequence sequence : next.schema().sequences()) {
            Sequence was = old.get(sequence.name());
            if (was == null) {
                changes.sequenceAdded(sequence.name());
                plan.add(Phase.SEQUENCES, new CreateSequence(sequence), new DropSequence(sequence.name(), null));
            } else if (next.retainedSequences().contains(sequence.name())) {
                changes.sequenceRetained(sequence.name());
            } else if (was.increment() != sequence.increment()) {
                changes.incrementChanged(sequence.name(), was.increment(), sequence.increment());
                plan.add(Phase.SEQUENCES, new AlterSequence(sequence.name(), sequence.increment()),
                        new AlterSequence(sequence.name(), was.increment()));
            }
        }
    }

    /**
     * Creates the database schemas that new tables and sequences need and the old ones did not use. Not undone:
     * {@code create schema if not exists} runs again without harm, and an empty schema holds no data.
     */
    static void createSchemas(SchemaModel before, SchemaModel next, OperationPlan plan) {
        Set<String> existing = new HashSet<>();
        before.tables().forEach(t -> existing.add(t.name().schema()));
        before.sequences().forEach(s -> existing.add(s.name().schema()));
        Set<String> needed = new TreeSet<>();
        Stream.concat(next.tables().stream().map(Table::name), next.sequences().stream().map(Sequence::name))
                .map(QualifiedName::schema).filter(Objects::nonNull).forEach(needed::add);
        for (String schema : needed) {
            if (!schema.equals("public") && !existing.contains(schema)) {
                plan.add(Phase.CREATE_SCHEMA, List.of(new CreateSchema(schema)), List.of());
            }
        }
    }
}
