package dev.schemac.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** schemac's constraint names and their 63-byte rule. */
class ConstraintNamesTest {
    @Test
    void namesFollowPostgresConventions() {
        assertEquals("customer_pkey", ConstraintNames.primaryKey("customer"));
        assertEquals("customer_a_b_key", ConstraintNames.unique("customer", List.of("a", "b")));
        assertEquals("orders_customer_id_fkey", ConstraintNames.foreignKey("orders", List.of("customer_id")));
        assertEquals("orders_a_b_idx", ConstraintNames.index("orders", List.of("a", "b")));
        assertEquals("paint_color_check", ConstraintNames.check("paint", "color"));
        assertEquals("orders_a_idx2", ConstraintNames.numbered("orders", List.of("a"), "idx", 2));
        assertEquals("orders_pkey1", ConstraintNames.primaryKey("orders", 1));
    }

    @Test
    void aNameOf63BytesIsKept() {
        String name = "t".repeat(63);
        assertEquals(name, ConstraintNames.fit(name));
    }

    @Test
    void aLongerNameKeeps54BytesAndAHashOfTheWhole() throws Exception {
        String name = "t".repeat(60) + "_key";
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(name.getBytes(StandardCharsets.UTF_8))).substring(0, 8);

        String fitted = ConstraintNames.fit(name);

        assertEquals("t".repeat(54) + "_" + expectedHash, fitted);
        assertEquals(63, fitted.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void longNamesThatShareTheirStartStayDistinct() {
        String a = ConstraintNames.unique("x".repeat(50), List.of("first_column"));
        String b = ConstraintNames.unique("x".repeat(50), List.of("second_column"));
        assertNotEquals(a, b);
    }

    @Test
    void cutsOnACharacterBoundary() {
        String name = "t".repeat(53) + "ééééééé";
        String fitted = ConstraintNames.fit(name);
        assertTrue(fitted.startsWith("t".repeat(53) + "_"), fitted);
        assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= 63);
    }
}
