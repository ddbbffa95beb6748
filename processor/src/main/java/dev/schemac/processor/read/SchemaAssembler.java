package dev.schemac.processor.read;

import dev.schemac.processor.read.Origins.Origin;
import dev.schemac.processor.read.TableDraft.ColumnDraft;
import dev.schemac.processor.read.TableDraft.ForeignKeyDraft;
import dev.schemac.processor.read.TableDraft.IndexDraft;
import dev.schemac.processor.read.TableDraft.UniqueDraft;
import dev.schemac.schema.Check;
import dev.schemac.schema.Column;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Index;
import dev.schemac.schema.IndexColumn;
import dev.schemac.schema.PrimaryKey;
import dev.schemac.schema.QualifiedName;
import dev.schemac.schema.ReferentialAction;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the schema model from the tables read: names the constraints the mapping leaves unnamed, drops the unique
 * constraints and indexes Hibernate drops or merges (those repeating the primary key or another unnamed one on the
 * same columns), and records origins.
 */
final class SchemaAssembler {
    private final Problems problems;
    private final RelationNames relations = new RelationNames();

    SchemaAssembler(Problems problems) {
        this.problems = problems;
    }

    ReadResult assemble(List<TableDraft> drafts, Sequences sequences) {
        Origins origins = new Origins();
        Map<QualifiedName, TableDraft> tables = new LinkedHashMap<>();
        for (TableDraft draft : drafts) {
            TableDraft earlier = tables.putIfAbsent(draft.name(), draft);
            if (earlier != null) {
                new SharedTables(problems).merge(earlier, draft);
            } else {
                relations.take(draft.name().schema(), draft.name().name());
            }
        }
        List<Sequence> allSequences = sequences.all();
        for (Sequence sequence : allSequences) {
            relations.take(sequence.name().schema(), sequence.name().name());
        }
        for (TableDraft draft : tables.values()) {
            takeExplicitNames(draft);
        }
        List<Table> result = new ArrayList<>();
        for (TableDraft draft : tables.values()) {
            result.add(table(draft));
            recordOrigins(draft, origins);
        }
        sequences.recordOrigins(origins);
        return new ReadResult(new SchemaModel(result, allSequences), origins);
    }

    private void takeExplicitNames(TableDraft draft) {
        List<String> explicit = new ArrayList<>();
        draft.uniques().stream().filter(u -> u.name() != null).forEach(u -> explicit.add(u.name()));
        draft.indexes().stream().filter(i -> i.name() != null).forEach(i -> explicit.add(i.name()));
        for (String name : explicit) {
            if (!relations.take(draft.name().schema(), catalogName(name))) {
                problems.invalid(draft.entity(), "the index or constraint name " + catalogName(name) + " on "
                        + draft.entity().getSimpleName() + " is used twice in the same schema; PostgreSQL needs"
                        + " distinct names for tables, sequences, indexes and unique constraints");
            }
        }
    }

    private Table table(TableDraft draft) {
        String schema = draft.name().schema();
        String table = draft.name().name();
        List<Column> columns = new ArrayList<>();
        for (ColumnDraft column : draft.columns()) {
            columns.add(column.column());
        }
        PrimaryKey primaryKey = draft.primaryKey().isEmpty() ? null : new PrimaryKey(
                relations.choose(schema, attempt -> ConstraintNames.primaryKey(table, attempt)), draft.primaryKey());
        List<Unique> uniques = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        if (primaryKey != null) {
            keys.add(Set.copyOf(primaryKey.columns()));
        }
        for (UniqueDraft unique : draft.uniques()) {
            if (unique.owner() != null && draft.column(unique.owner().column().name()) != unique.owner()) {
                // the column is unique by a mapping that does not define it, which Hibernate ignores
                continue;
            }
            Set<String> key = Set.copyOf(unique.columns());
            boolean samePrimaryKey = primaryKey != null && keys.get(0).equals(key);
            if (samePrimaryKey || unique.name() == null && keys.contains(key)) {
                continue;
            }
            keys.add(key);
            String name = unique.name() != null ? catalogName(unique.name()) : relations.choose(schema,
                    attempt -> ConstraintNames.numbered(table, unique.columns(), "key", attempt));
            uniques.add(new Unique(name, unique.columns()));
        }
        List<Check> checks = TableChecks.of(table, draft);
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKeyDraft key : draft.foreignKeys()) {
            String name = key.name() != null ? catalogName(key.name())
                    : ConstraintNames.foreignKey(table, key.columns());
            foreignKeys.add(new ForeignKey(name, key.columns(), key.target(), key.targetColumns(),
                    ReferentialAction.NO_ACTION));
        }
        List<Index> indexes = new ArrayList<>();
        Set<Set<String>> unnamed = new HashSet<>();
        for (IndexDraft index : draft.indexes()) {
            List<String> names = new ArrayList<>();
            for (IndexColumn column : index.columns()) {
                names.add(column.name());
            }
            // Hibernate names an unnamed index by a hash of its column set, so a second one on the same set merges
            if (index.name() == null && !unnamed.add(Set.copyOf(names))) {
                continue;
            }
            String name = index.name() != null ? catalogName(index.name())
                    : relations.choose(schema, attempt -> ConstraintNames.numbered(table, names, "idx", attempt));
            indexes.add(new Index(name, index.columns(), false));
        }
        return new Table(draft.name(), columns, primaryKey, uniques, checks, foreignKeys, indexes);
    }

    private static void recordOrigins(TableDraft draft, Origins origins) {
        origins.table(draft.name(), new Origin(draft.entity(), draft.entity().getSimpleName().toString()));
        for (ColumnDraft column : draft.columns()) {
            origins.column(new ColumnRef(draft.name(), column.column().name()),
                    new Origin(column.field(), column.path()));
        }
    }

    /** An index or constraint name as the mapping writes it, as PostgreSQL stores it. */
    private static String catalogName(String name) {
        return Identifier.parse(name).catalogName();
    }
}
