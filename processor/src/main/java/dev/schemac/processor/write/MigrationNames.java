package dev.schemac.processor.write;

import dev.schemac.internal.index.IndexEntry;
import dev.schemac.operation.AddColumn;
import dev.schemac.operation.CreateIndex;
import dev.schemac.operation.CreateTable;
import dev.schemac.operation.ExecuteSql;
import dev.schemac.operation.Operation;
import dev.schemac.operation.SetNotNull;
import dev.schemac.processor.diff.Change;
import dev.schemac.processor.diff.DiffResult;
import dev.schemac.schema.QualifiedName;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Chooses the version and description of a new migration. */
public final class MigrationNames {
    /** Descriptions longer than this are cut: the class name is also a file name. */
    static final int MAX_LENGTH = 80;
    private static final int MAX_NAMES = 3;
    private static final String EMPTY = "Migration";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MigrationNames() {
    }

    /**
     * A CamelCase description of the operations: {@code CreateCustomer} (new tables, up to three named, then
     * {@code AndMore}), {@code AddCustomerEmail} (columns added to one table), {@code AddIndexOnProduct},
     * {@code AlterCustomer} (other changes to one table), {@code UpdateCustomerAndOrders} (several tables),
     * {@code RenamePurchase} (only renames), {@code DropOrders} (only decided drops).
     */
    public static String describe(DiffResult diff) {
        Set<QualifiedName> created = new TreeSet<>();
        Set<QualifiedName> touched = new TreeSet<>();
        List<String> addedColumns = new ArrayList<>();
        boolean onlyAdditions = true;
        boolean onlyIndexes = true;
        for (Change change : diff.changes()) {
            if (change.kind().needsMigration() && change.subject() instanceof Change.OfTable table) {
                touched.add(table.table());
            } else if (change.kind().needsMigration() && change.subject() instanceof Change.OfColumn column) {
                touched.add(column.column().table());
            }
        }
        for (Operation operation : diff.up()) {
            if (operation instanceof CreateTable create) {
                created.add(create.table().name());
            }
            if (operation instanceof AddColumn add) {
                addedColumns.add(add.column().name());
            } else if (!(operation instanceof ExecuteSql || operation instanceof SetNotNull notNull
                    && addedColumns.contains(notNull.column()))) {
                onlyAdditions = false;
            }
            onlyIndexes &= operation instanceof CreateIndex;
        }
        // Only SQL (e.g. an id becoming an identity column) adds nothing.
        onlyAdditions &= !addedColumns.isEmpty();
        if (diff.up().isEmpty()) {
            return EMPTY;
        }
        if (touched.isEmpty()) {
            return "UpdateSequences";
        }
        if (touched.equals(created)) {
            return fit("Create" + names(touched));
        }
        // Renames and decided drops say so: a reviewer should see them in the file list.
        Set<Change.Kind> kinds = new TreeSet<>();
        diff.changes().stream().filter(c -> c.kind().needsMigration()).forEach(c -> kinds.add(c.kind()));
        if (kinds.equals(Set.of(Change.Kind.RENAMED))) {
            return fit("Rename" + names(touched));
        }
        if (kinds.equals(Set.of(Change.Kind.DROPPED))) {
            return fit("Drop" + names(touched));
        }
        if (touched.size() > 1) {
            return fit("Update" + names(touched));
        }
        String table = camel(touched.iterator().next().name());
        if (onlyIndexes) {
            return fit("AddIndexOn" + table);
        }
        if (onlyAdditions && addedColumns.size() <= MAX_NAMES) {
            return fit("Add" + table + joined(addedColumns.stream().map(MigrationNames::camel).toList()));
        }
        return fit((onlyAdditions ? "AddColumnsTo" : "Alter") + table);
    }

    /** A Java identifier made from what a person typed, e.g. {@code add loyalty points} to {@code AddLoyaltyPoints}. */
    public static String toIdentifier(String text) {
        String identifier = camel(text);
        return identifier.isEmpty() ? EMPTY : fit(identifier);
    }

    /**
     * The UTC time as {@code yyyyMMddHHmmss}, or one more than the newest existing version if that is not greater,
     * so that the new migration always sorts last.
     */
    public static String nextVersion(Instant now, List<MigrationSource> existing) {
        String version = VERSION.format(now);
        Optional<String> newest = existing.stream().map(MigrationSource::version).max(IndexEntry.VERSION_ORDER);
        if (newest.isPresent() && IndexEntry.VERSION_ORDER.compare(version, newest.get()) <= 0) {
            return new BigInteger(newest.get()).add(BigInteger.ONE).toString();
        }
        return version;
    }

    /** Up to three table names joined with {@code And}, then {@code AndMore}, within the length limit. */
    private static String names(Set<QualifiedName> tables) {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(t -> names.add(camel(t.name())));
        List<String> all = List.copyOf(names);
        for (int count = Math.min(all.size(), MAX_NAMES); count > 1; count--) {
            String text = count < all.size() ? String.join("", all.subList(0, count)) + "AndMore"
                    : joined(all.subList(0, count));
            if (text.length() <= MAX_LENGTH - "Create".length()) {
                return text;
            }
        }
        return all.size() > 1 && all.get(0).length() <= MAX_LENGTH - "CreateAndMore".length()
                ? all.get(0) + "AndMore" : all.get(0);
    }

    /** {@code A}, {@code AAndB}, {@code ABAndC}. */
    private static String joined(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join("", names.subList(0, names.size() - 1)) + "And" + names.get(names.size() - 1);
    }

    /**
     * CamelCase words from any text: ASCII letters and digits are kept, everything else separates words (file
     * systems differ in how they store other characters, and the name is a file name). A word in capitals is
     * written as a capital and lower case letters.
     */
    private static String camel(String text) {
        StringBuilder camel = new StringBuilder();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String rest = capitals ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
            camel.append(Character.toUpperCase(word.charAt(0))).append(rest);
        }
        return camel.toString();
    }

    private static String fit(String description) {
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH);
    }
}
