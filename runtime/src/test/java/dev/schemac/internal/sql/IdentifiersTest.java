package dev.schemac.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemac.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names are quoted and how. */
class IdentifiersTest {
    @Test
    void leavesNamesThatReadBackUnchangedUnquoted() {
        assertEquals("customer", Identifiers.quote("customer"));
        assertEquals("_tmp", Identifiers.quote("_tmp"));
        assertEquals("order_line2", Identifiers.quote("order_line2"));
        assertEquals("price$", Identifiers.quote("price$"));
        // Unreserved and column-name keywords may stand unquoted.
        assertEquals("name", Identifiers.quote("name"));
        assertEquals("between", Identifiers.quote("between"));
    }

    @Test
    void quotesNamesTheLexerWouldFoldOrRefuse() {
        assertEquals("\"Customer\"", Identifiers.quote("Customer"));
        assertEquals("\"customerId\"", Identifiers.quote("customerId"));
        assertEquals("\"1st\"", Identifiers.quote("1st"));
        assertEquals("\"$price\"", Identifiers.quote("$price"));
        assertEquals("\"first name\"", Identifiers.quote("first name"));
        assertEquals("\"a-b\"", Identifiers.quote("a-b"));
        assertEquals("\"größe\"", Identifiers.quote("größe"));
    }

    @Test
    void quotesReservedWords() {
        assertEquals("\"user\"", Identifiers.quote("user"));
        assertEquals("\"order\"", Identifiers.quote("order"));
        assertEquals("\"table\"", Identifiers.quote("table"));
        assertEquals("\"authorization\"", Identifiers.quote("authorization"));
        assertEquals("\"system_user\"", Identifiers.quote("system_user"));
    }

    @Test
    void doublesEmbeddedQuotes() {
        assertEquals("\"say \"\"hi\"\"\"", Identifiers.quote("say \"hi\""));
    }

    @Test
    void refusesTheEmptyName() {
        assertThrows(IllegalArgumentException.class, () -> Identifiers.quote(""));
    }

    @Test
    void qualifiesWithTheSchemaOnlyWhenThereIsOne() {
        assertEquals("customer", Identifiers.qualified(new QualifiedName(null, "customer")));
        assertEquals("shop.\"order\"", Identifiers.qualified(new QualifiedName("shop", "order")));
        assertEquals("\"Sales\".\"Customer\"", Identifiers.qualified(QualifiedName.parse("Sales.Customer")));
    }

    @Test
    void listsNames() {
        assertEquals("id, \"user\", \"Name\"", Identifiers.list(List.of("id", "user", "Name")));
    }
}
