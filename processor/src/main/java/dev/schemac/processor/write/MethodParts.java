package dev.schemac.processor.write;

import dev.schemac.operation.CreateTable;
import dev.schemac.operation.Operation;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration's operations into parts that each fit in one Java method. Weights approximate the bytecode
 * of an operation's statement: one unit per operation, plus one per column and constraint of a created table; a
 * part of at most {@value #MAX_WEIGHT} units stays far below the JVM's 64 KB limit per method.
 */
final class MethodParts {
    static final int MAX_WEIGHT = 400;

    private MethodParts() {
    }

    /** The operations in order, in one part when they fit, else in consecutive parts. */
    static List<List<Operation>> split(List<Operation> operations) {
        List<List<Operation>> parts = new ArrayList<>();
        List<Operation> part = new ArrayList<>();
        int weight = 0;
        for (Operation operation : operations) {
            int w = weight(operation);
            if (!part.isEmpty() && weight + w > MAX_WEIGHT) {
                parts.add(part);
                part = new ArrayList<>();
                weight = 0;
            }
            part.add(operation);
            weight += w;
        }
        parts.add(part);
        return parts;
    }

    static int weight(Operation operation) {
        if (operation instanceof CreateTable create) {
            Table t = create.table();
            return 1 + t.columns().size() + t.uniques().size() + t.checks().size() + t.foreignKeys().size()
                    + t.indexes().size() + (t.primaryKey() == null ? 0 : 1);
        }
        return 1;
    }
}
