package dev.schemac.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index file format: what the processor writes is what the runtime reads. */
class MigrationIndexTest {
    private static final IndexEntry ONE = new IndexEntry("1", "CreateCustomer", "c1", "app.V1__CreateCustomer");
    private static final IndexEntry NINE = new IndexEntry("9", "AddEmail", "c9", "app.V9__AddEmail");
    private static final IndexEntry TEN = new IndexEntry("10", "DropFax", "c10", "app.V10__DropFax");

    @Test
    void sortsEntriesByVersion() {
        assertEquals(List.of(ONE, NINE, TEN), new MigrationIndex(List.of(TEN, ONE, NINE)).entries());
        assertEquals(List.of(ONE, NINE, TEN), new MigrationIndex(List.of(ONE, NINE, TEN)).entries());
    }

    @Test
    void readsWhatItWrites() throws IOException {
        MigrationIndex index = new MigrationIndex(List.of(TEN, ONE, NINE));
        String text = index.format();

        assertEquals("# schemac migration index 1\n1\tCreateCustomer\tc1\tapp.V1__CreateCustomer\n"
                + "9\tAddEmail\tc9\tapp.V9__AddEmail\n10\tDropFax\tc10\tapp.V10__DropFax\n", text);
        assertEquals(index, MigrationIndex.parse(new StringReader(text)));
    }

    @Test
    void skipsEmptyLines() throws IOException {
        MigrationIndex index = MigrationIndex.parse(new StringReader(
                "# schemac migration index 1\n\n1\tCreateCustomer\tc1\tapp.V1__CreateCustomer\n\n"));
        assertEquals(List.of(ONE), index.entries());
    }

    @Test
    void countsEmptyFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationIndex.parse(
                new StringReader("# schemac migration index 1\n1\tCreateCustomer\tc1\tapp.V1\t\n")));
        assertEquals("line 2: expected 4 tab-separated fields but found 5", e.getMessage());
    }

    @Test
    void namesTheLineOfABadVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationIndex.parse(
                new StringReader("# schemac migration index 1\n1\tA\tc1\tapp.V1__A\nx\tB\tc2\tapp.Vx__B\n")));
        assertTrue(e.getMessage().startsWith("line 3: version 'x' is not a number"), e.getMessage());
    }

    @Test
    void refusesTwoEntriesOfOneVersion() {
        IndexEntry again = new IndexEntry("01", "Again", "c", "app.V01__Again");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MigrationIndex(List.of(ONE, again)));
        assertTrue(e.getMessage().contains("app.V1__CreateCustomer"), e.getMessage());
        assertTrue(e.getMessage().contains("app.V01__Again"), e.getMessage());
    }
}
