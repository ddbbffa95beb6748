package dev.schemac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.Difference.Kind;
import dev.schemac.Difference.ObjectType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift report's text and JSON forms. */
class DriftReportTest {
    @Test
    void noDifferenceIsNoDrift() {
        DriftReport report = new DriftReport(List.of());
        assertEquals("no drift: the database matches the snapshot", report.toText());
        assertEquals("{\n  \"drift\": false,\n  \"differences\": []\n}\n", report.toJson());
    }

    @Test
    void eachDifferenceIsALineAndAJsonObjectWithEscapedStrings() {
        DriftReport report = new DriftReport(List.of(
                new Difference(Kind.MISSING, ObjectType.INDEX, "orders_idx on orders", null, "(placed desc)", null),
                new Difference(Kind.CHANGED, ObjectType.COLUMN, "customer.status", "default", "'A'",
                        "'say \"hi\"\\\n'")));

        assertTrue(report.hasDrift());
        assertEquals("2 difference(s) between the database and the snapshot:\n"
                + "  - index orders_idx on orders is missing\n"
                + "  - column customer.status has default 'say \"hi\"\\\n' in the database but 'A' in the snapshot",
                report.toText());
        assertEquals("{\n  \"drift\": true,\n  \"differences\": [\n"
                + "    {\"kind\": \"MISSING\", \"object\": \"index\", \"subject\": \"orders_idx on orders\", "
                + "\"property\": null, \"expected\": \"(placed desc)\", \"actual\": null, "
                + "\"message\": \"index orders_idx on orders is missing\"},\n"
                + "    {\"kind\": \"CHANGED\", \"object\": \"column\", \"subject\": \"customer.status\", "
                + "\"property\": \"default\", \"expected\": \"'A'\", \"actual\": \"'say \\\"hi\\\"\\\\\\n'\", "
                + "\"message\": \"column customer.status has default 'say \\\"hi\\\"\\\\\\n' in the database but "
                + "'A' in the snapshot\"}\n  ]\n}\n", report.toJson());
    }
}
