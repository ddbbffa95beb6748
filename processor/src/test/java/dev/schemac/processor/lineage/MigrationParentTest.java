package dev.schemac.processor.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.write.SourceChecksum;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The parent line of a migration and the conflict markers of a snapshot, read from text alone. */
class MigrationParentTest {
    private static final String CODE = "package db.migration;\n\npublic final class V2__X {}\n";

    @Test
    void theParentLineReadsBack() {
        assertEquals(Optional.of("20260101000000"),
                MigrationParent.of(MigrationParent.comment("20260101000000") + CODE));
        assertEquals(Optional.of(MigrationParent.NONE), MigrationParent.of(MigrationParent.comment("none") + CODE));
    }

    @Test
    void aMigrationWithoutTheLineHasNoParent() {
        assertEquals(Optional.empty(), MigrationParent.of(CODE));
        assertEquals(Optional.empty(), MigrationParent.of("// schemac parent: V2\n" + CODE));
    }

    @Test
    void theParentLineDoesNotChangeTheChecksum() {
        assertEquals(SourceChecksum.of(CODE), SourceChecksum.of(MigrationParent.comment("20260101000000") + CODE));
    }

    @Test
    void conflictMarkersAreFoundAtTheStartOfALine() {
        assertEquals(OptionalInt.of(2),
                ConflictMarkers.firstLine("{\n<<<<<<< HEAD\n\"a\"\n=======\n\"b\"\n>>>>>>> b\n}"));
        assertEquals(OptionalInt.of(3), ConflictMarkers.firstLine("{\n\"a\",\n>>>>>>> b\n"));
        assertEquals(OptionalInt.empty(), ConflictMarkers.firstLine("{\"expression\": \"a <<<<<<< b\"}\n"));
    }

    @Test
    void handWrittenLinesAreCodeThatCallsSqlOrApproves() {
        String source = """
                /**
                 * {@code schema.sql("update ...")}
                 */
                    // schema.sql("update t set c = ... where c is null");
                    schema.sql("update t set c = 1");
                    schema.dropColumn("t", "c", approveDataLoss("gone"));
                    schema.addColumn("t", column("c", integer()));
                """;
        assertEquals(List.of("5: schema.sql(\"update t set c = 1\");",
                "6: schema.dropColumn(\"t\", \"c\", approveDataLoss(\"gone\"));"), Rebase.handWritten(source));
    }
}
