package dev.schemac.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.testing.GoldenFiles;
import dev.schemac.processor.testing.SampleSchemas;
import dev.schemac.schema.SchemaModel;
import dev.schemac.schema.Sequence;
import dev.schemac.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot layout and its round trip. */
class SnapshotJsonTest {
    private static final Snapshot SHOP = new Snapshot(SampleSchemas.shop());

    @Test
    void readsBackWhatItWrites() throws SnapshotFormatException {
        assertEquals(SHOP, SnapshotJson.read(SnapshotJson.write(SHOP)));
    }

    @Test
    void readsBackTheEmptySnapshot() throws SnapshotFormatException {
        assertEquals(Snapshot.EMPTY, SnapshotJson.read(SnapshotJson.write(Snapshot.EMPTY)));
    }

    @Test
    void writesTheReviewFriendlyLayout() {
        GoldenFiles.assertMatches("snapshot/shop.json", SnapshotJson.write(SHOP));
    }

    @Test
    void writesAnEmptySnapshotAsFormatAndTwoEmptyLists() {
        GoldenFiles.assertMatches("snapshot/empty.json", SnapshotJson.write(Snapshot.EMPTY));
    }

    @Test
    void writesUnixLinesEndingInANewline() {
        String text = SnapshotJson.write(SHOP);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\n  \"format\": 2,\n"), text);
    }

    @Test
    void writesEachColumnOnOneLine() {
        String text = SnapshotJson.write(SHOP);
        assertTrue(text.contains("\n        {\"name\": \"email\", \"type\": \"varchar(255)\", \"nullable\": false},\n"),
                text);
    }

    @Test
    void writesQuotesAndEqualSignsOfChecksUnescaped() {
        assertTrue(SnapshotJson.write(SHOP).contains("\"email like '%@%' and length(email) >= 3\""));
    }

    @Test
    void orderOfTablesInTheModelDoesNotChangeTheText() {
        SchemaModel shop = SampleSchemas.shop();
        List<Table> tables = new ArrayList<>(shop.tables());
        Collections.reverse(tables);
        List<Sequence> sequences = new ArrayList<>(shop.sequences());
        Collections.reverse(sequences);
        SchemaModel reversed = new SchemaModel(tables, sequences);
        assertEquals(SnapshotJson.write(SHOP), SnapshotJson.write(new Snapshot(reversed)));
    }

    @Test
    void writesOneRecordedMigrationALine() throws SnapshotFormatException {
        Snapshot recorded = SHOP.withMigrations(List.of("20260101000000", "20260102000000"));
        String text = SnapshotJson.write(recorded);

        assertTrue(text.startsWith("{\n  \"format\": 2,\n  \"migrations\": [\n    \"20260101000000\",\n"
                + "    \"20260102000000\"\n  ],\n  \"tables\": [\n"), text);
        assertEquals(recorded, SnapshotJson.read(text));
    }

    @Test
    void readsAFormat1SnapshotAsRecordingNothing() throws SnapshotFormatException {
        Snapshot read = SnapshotJson.read("{\"format\": 1, \"tables\": [], \"sequences\": []}");

        assertFalse(read.recordsMigrations());
        assertEquals(new Snapshot(SchemaModel.EMPTY, null), read);
    }

    @Test
    void readsAHandWrittenMinimalSnapshot() throws SnapshotFormatException {
        Snapshot read = SnapshotJson.read("""
                {"format": 1, "tables": [{"name": "t", "columns": [{"name": "c", "type": "text", "nullable": true}]}],
                 "sequences": []}
                """);
        assertEquals(List.of("c"), read.schema().tables().get(0).columns().stream().map(c -> c.name()).toList());
    }
}
