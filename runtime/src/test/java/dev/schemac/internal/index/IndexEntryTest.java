package dev.schemac.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version validation and numeric version order. */
class IndexEntryTest {
    @Test
    void ordersVersionsAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("10", "9", "20261121093000", "0", "100", "011", "2"));
        versions.sort(IndexEntry.VERSION_ORDER);

        assertEquals(List.of("0", "2", "9", "10", "011", "100", "20261121093000"), versions);
    }

    @Test
    void takesLeadingZerosAsTheSameNumber() {
        assertEquals(0, IndexEntry.VERSION_ORDER.compare("007", "7"));
        assertEquals(0, IndexEntry.VERSION_ORDER.compare("000", "0"));
        assertTrue(IndexEntry.VERSION_ORDER.compare("0010", "9") > 0);
        assertTrue(IndexEntry.VERSION_ORDER.compare("19", "20") < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2", "v1", "-1", "1 "})
    void refusesVersionsThatAreNotDigits(String version) {
        assertThrows(IllegalArgumentException.class, () -> new IndexEntry(version, "D", "c", "app.V1__D"));
    }
}
