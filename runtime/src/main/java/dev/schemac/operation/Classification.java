package dev.schemac.operation;

import dev.schemac.schema.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies a migration's operations by {@link Hazard}. An operation on a table that the same migration created
 * earlier is cheap whatever it is (the table is empty and nobody else sees it yet); on an existing table it depends
 * on what PostgreSQL locks and scans, and on whether the runtime's online mode rewrites it (concurrent index
 * builds, constraints added {@code NOT VALID} and validated after the commit). docs/safety.md has the table.
 */
public final class Classification {
    private Classification() {
    }

    /**
     * Classifies each operation of a migration in its context.
     *
     * @param operations the migration's operations, in order
     * @param online whether the runtime runs in online mode ({@code Schemac.configure(ds).online(...)}, default on)
     * @return one classification per operation, in the same order
     */
    public static List<ClassifiedOperation> of(List<Operation> operations, boolean online) {
        return new ClassificationRules(online).classify(operations);
    }

    /**
     * The tables that foreign keys of the migration reference. A unique index or constraint on one of them stays in
     * the transaction even online, since such a key may need it before the online steps run; the classification
     * and the runtime's execution plan apply this one rule.
     */
    public static Set<QualifiedName> referencedTables(List<Operation> operations) {
        Set<QualifiedName> referenced = new HashSet<>();
        for (Operation operation : operations) {
            if (operation instanceof AddForeignKey key) {
                referenced.add(key.foreignKey().target());
            } else if (operation instanceof CreateTable create) {
                create.table().foreignKeys().forEach(k -> referenced.add(k.target()));
            }
        }
        return referenced;
    }
}
