package dev.schemac.processor.read;

import dev.schemac.processor.read.TableDraft.CheckDraft;
import dev.schemac.processor.read.TableDraft.TableCheckDraft;
import dev.schemac.schema.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check constraints of a table as Hibernate 7 writes them: the unnamed checks of one column (an enum's, an
 * {@code @Column(check)}, a Bean Validation bound) joined into one {@code check ((a) and (b))} in the order they
 * were added, then each named or table-level check as a constraint of its own.
 */
final class TableChecks {
    private TableChecks() {
    }

    static List<Check> of(String table, TableDraft draft) {
        Map<String, Set<String>> byColumn = new LinkedHashMap<>();
        for (CheckDraft check : draft.checks()) {
            byColumn.computeIfAbsent(check.column(), c -> new LinkedHashSet<>()).add(check.expression());
        }
        List<Check> checks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (var column : byColumn.entrySet()) {
            String name = ConstraintNames.check(table, column.getKey());
            names.add(name);
            checks.add(new Check(name, joined(column.getValue())));
        }
        for (TableCheckDraft check : draft.tableChecks()) {
            if (check.name() != null) {
                String name = Identifier.parse(check.name()).catalogName();
                names.add(name);
                checks.add(new Check(name, check.expression()));
            }
        }
        for (TableCheckDraft check : draft.tableChecks()) {
            if (check.name() == null) {
                String name = ConstraintNames.fit(table + "_check");
                for (int attempt = 1; !names.add(name); attempt++) {
                    name = ConstraintNames.fit(table + "_check" + attempt);
                }
                checks.add(new Check(name, check.expression()));
            }
        }
        return checks;
    }

    private static String joined(Set<String> expressions) {
        if (expressions.size() == 1) {
            return expressions.iterator().next();
        }
        StringBuilder sql = new StringBuilder();
        for (String expression : expressions) {
            sql.append(sql.isEmpty() ? "(" : " and (").append(expression).append(')');
        }
        return sql.toString();
    }
}
