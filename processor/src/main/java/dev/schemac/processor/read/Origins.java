package dev.schemac.processor.read;

import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.QualifiedName;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Where each table, column and sequence of a model was declared, so diagnostics land on the right element. */
public final class Origins {
    /**
     * A source element and a readable path to it.
     *
     * @param element the class or field, the deepest one that declares the thing
     * @param path e.g. {@code Customer} or {@code Customer.address.street}
     */
    public record Origin(Element element, String path) {
    }

    private final Map<QualifiedName, Origin> tables = new HashMap<>();
    private final Map<ColumnRef, Origin> columns = new HashMap<>();
    private final Map<QualifiedName, Origin> sequences = new HashMap<>();

    public void table(QualifiedName table, Origin origin) {
        tables.putIfAbsent(table, origin);
    }

    /** Declares where a table comes from even if its entity was recorded first: a collection's table is its field's. */
    public void tableOf(QualifiedName table, Origin origin) {
        tables.put(table, origin);
    }

    public void column(ColumnRef column, Origin origin) {
        columns.putIfAbsent(column, origin);
    }

    public void sequence(QualifiedName sequence, Origin origin) {
        sequences.putIfAbsent(sequence, origin);
    }

    public Optional<Origin> ofTable(QualifiedName table) {
        return Optional.ofNullable(tables.get(table));
    }

    /** The column's field, else its table's class. */
    public Optional<Origin> ofColumn(ColumnRef column) {
        Origin origin = columns.get(column);
        return origin != null ? Optional.of(origin) : ofTable(column.table());
    }

    /** Every column with its origin, to find the columns an element maps. */
    public Map<ColumnRef, Origin> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** Every table with its origin, to find the tables an element maps. */
    public Map<QualifiedName, Origin> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Optional<Origin> ofSequence(QualifiedName sequence) {
        return Optional.ofNullable(sequences.get(sequence));
    }
}
