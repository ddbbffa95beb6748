package dev.schemac.internal.catalog;

import dev.schemac.Difference;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a live database with the schema it should have: reads the catalog of the expected schema's schemas
 * (leaving out schemac's history table), spells the expected side the way the database does inside a transaction
 * that is rolled back, and lists the differences. Changes nothing in the database.
 */
public final class DriftDetection {
    private final QualifiedName historyTable;

    /** @param historyTable the history table, {@code table} or {@code schema.table}, left out of the comparison */
    public DriftDetection(String historyTable) {
        this.historyTable = QualifiedName.parse(historyTable);
    }

    /** Every difference between the database and {@code expected}; empty when they match. */
    public List<Difference> differences(Connection connection, SchemaModel expected) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String current = CatalogReader.currentSchema(connection);
            SchemaModel wanted = relativeTo(expected, current);
            CatalogReader reader = new CatalogReader(connection, current);
            SchemaModel actual = reader.read(schemas(wanted, current), relative(historyTable, current));
            List<Difference> notValid = reader.notValid();
            List<Difference> refused = new ArrayList<>();
            Set<QualifiedName> unspelt = new HashSet<>();
            List<Table> spelt = new ArrayList<>();
            ExpectedSpelling spelling = new ExpectedSpelling(connection, reader);
            for (Table table : wanted.tables()) {
                Table t = actual.findTable(table.name()).isPresent() ? spelling.spell(table, refused) : table;
                if (t == null) {
                    unspelt.add(table.name());
                }
                spelt.add(t == null ? table : t);
            }
            List<Difference> differences = new ArrayList<>(refused);
            differences.addAll(SchemaDifferences.between(new SchemaModel(spelt, wanted.sequences()), actual,
                    unspelt));
            differences.addAll(notValid);
            return differences;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The catalog schemas to read: the expected objects', or the current one when there are none. */
    private static List<String> schemas(SchemaModel model, String current) {
        Set<String> schemas = new TreeSet<>();
        model.tables().forEach(t -> schemas.add(t.name().schema() == null ? current : t.name().schema()));
        model.sequences().forEach(s -> schemas.add(s.name().schema() == null ? current : s.name().schema()));
        if (schemas.isEmpty()) {
            schemas.add(current);
        }
        return List.copyOf(schemas);
    }

    /** The model with the current schema's names written without schema, as the catalog reader reads them. */
    private static SchemaModel relativeTo(SchemaModel model, String current) {
        List<Table> tables = new ArrayList<>();
        for (Table t : model.tables()) {
            List<ForeignKey> keys = t.foreignKeys().stream().map(k -> new ForeignKey(k.name(), k.columns(),
                    relative(k.target(), current), k.targetColumns(), k.onDelete())).toList();
            tables.add(t.withName(relative(t.name(), current)).withForeignKeys(keys));
        }
        List<Sequence> sequences = model.sequences().stream()
                .map(s -> new Sequence(relative(s.name(), current), s.start(), s.increment())).toList();
        return new SchemaModel(tables, sequences);
    }

    private static QualifiedName relative(QualifiedName name, String current) {
        return current.equals(name.schema()) ? new QualifiedName(null, name.name()) : name;
    }
}
