package dev.schemac;

import java.util.List;

/**
 * How a live database differs from the schema it should have, as {@link Schemac#drift} found it.
 *
 * @param differences every difference, tables in name order and each table's objects in the snapshot's order, then
 *     extra tables, then sequences; empty when the database matches
 */
public record DriftReport(List<Difference> differences) {
    public DriftReport {
        differences = List.copyOf(differences);
    }

    /** Whether the database differs from the snapshot in any way. */
    public boolean hasDrift() {
        return !differences.isEmpty();
    }

    /** A report for people: one line saying whether there is drift, then one line per difference. */
    public String toText() {
        if (!hasDrift()) {
            return "no drift: the database matches the snapshot";
        }
        StringBuilder text = new StringBuilder(differences.size() + " difference(s) between the database and the "
                + "snapshot:");
        for (Difference d : differences) {
            text.append("\n  - ").append(d.describe());
        }
        return text.toString();
    }

    /**
     * The report as JSON, byte-identical for the same differences: {@code {"drift": true, "differences": [{"kind":
     * "CHANGED", "object": "column", "subject": "customer.name", "property": "type", "expected": ..., "actual":
     * ..., "message": ...}]}}, with {@code null} for absent values.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n  \"drift\": ").append(hasDrift()).append(",\n  \"differences\": [");
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {");
            field(json, "kind", d.kind().name(), true);
            field(json, "object", d.object().words(), false);
            field(json, "subject", d.subject(), false);
            field(json, "property", d.property(), false);
            field(json, "expected", d.expected(), false);
            field(json, "actual", d.actual(), false);
            field(json, "message", d.describe(), false);
            json.append('}');
        }
        return json.append(differences.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value, boolean first) {
        json.append(first ? "" : ", ").append('"').append(name).append("\": ");
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
