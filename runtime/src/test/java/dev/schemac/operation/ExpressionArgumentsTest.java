package dev.schemac.operation;

import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.varchar;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.SchemaChanges;
import dev.schemac.schema.Check;
import dev.schemac.schema.ColumnType;
import dev.schemac.schema.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arguments that schemac writes into its own statements (defaults, checks, {@code using}, verbatim types) are one
 * SQL expression each: anything that would end the statement or start another clause of it is refused, so that no
 * statement runs past the data-loss check.
 */
class ExpressionArgumentsTest {
    private static final QualifiedName VICTIM = QualifiedName.parse("victim");

    @ParameterizedTest
    @ValueSource(strings = {
        "0; drop table victim",
        "0;",
        "(0; drop table victim)",
        "0, drop column id",
        "(0), drop column id",
        "0) , drop column id, add check (true",
        "(0",
        "'open",
        "\"open",
        "$$open",
        "0 /* open",
        "0 -- the rest of the line is gone",
        "'a\\'' ; drop table victim; --'",
    })
    void refusesAnythingButOneExpression(String expression) {
        assertRefused(() -> new SetDefault(VICTIM, "id", expression));
        assertRefused(() -> column("id", INTEGER).defaultTo(expression));
        assertRefused(() -> new Check("victim_check", expression));
        assertRefused(() -> new AlterColumnType(VICTIM, "id", INTEGER, ColumnType.BIGINT, expression, null));
        assertRefused(() -> ColumnType.sql("integer default " + expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0",
        "'new'",
        "'a;b'",
        "'it''s; fine'",
        "E'it\\'s; fine'",
        "$$a;b$$",
        "$t$a;b$t$",
        "\"weird;name\"",
        "now()",
        "nextval('order_seq'::regclass)",
        "coalesce(a, b, 0)",
        "array[1, 2, 3]",
        "'{1,2}'::int[]",
        "x in (1, 2) and y between 1 and 2",
        "0 /* zero; the neutral value */",
        "E'C:\\\\'",
    })
    void acceptsSingleExpressions(String expression) {
        assertDoesNotThrow(() -> new SetDefault(VICTIM, "id", expression));
        assertDoesNotThrow(() -> column("id", INTEGER).defaultTo(expression));
        assertDoesNotThrow(() -> new Check("victim_check", expression));
        assertDoesNotThrow(() -> new AlterColumnType(VICTIM, "id", INTEGER, ColumnType.BIGINT, expression, null));
    }

    @Test
    void acceptsVerbatimTypes() {
        assertDoesNotThrow(() -> ColumnType.sql("varchar(10) collate \"C\""));
        assertDoesNotThrow(() -> ColumnType.sql("numeric(10, 2) default 0 not null"));
        assertDoesNotThrow(() -> ColumnType.sql("int[]"));
    }

    /** With standard_conforming_strings off, PostgreSQL reads the backslash as escaping the quote. */
    @Test
    void refusesABackslashBeforeTheClosingQuoteOfAPlainLiteral() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SetDefault(VICTIM, "path", "'C:\\'"));

        assertTrue(e.getMessage().contains("standard_conforming_strings"), e.getMessage());
        assertTrue(e.getMessage().contains("E'"), e.getMessage());
    }

    @Test
    void theRefusalSaysWhatToUseForAStatement() {
        SchemaChanges schema = new SchemaChanges();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> schema.setDefault("victim", "id", "0; drop table victim"));

        assertTrue(e.getMessage().contains("'0; drop table victim'"), e.getMessage());
        assertTrue(e.getMessage().contains("single SQL expression"), e.getMessage());
        assertTrue(e.getMessage().contains("schema.sql("), e.getMessage());
    }

    @Test
    void aUsingExpressionOtherThanTheGeneratorsCastNeedsAnApproval() {
        ColumnType from = varchar(100);
        ColumnType to = varchar(200);

        assertEquals(Risk.SAFE, new AlterColumnType(VICTIM, "name", from, to, null, null).risk());
        assertEquals(Risk.SAFE, new AlterColumnType(VICTIM, "name", from, to, "name::varchar(200)", null).risk());
        assertEquals(Risk.SAFE,
                new AlterColumnType(VICTIM, "Name", from, to, "\"Name\"::varchar(200)", null).risk());
        assertEquals(Risk.DESTRUCTIVE, new AlterColumnType(VICTIM, "name", from, to, "null", null).risk());
        assertEquals(Risk.DESTRUCTIVE, new AlterColumnType(VICTIM, "name", from, to, "''", null).risk());
        assertEquals(Risk.DESTRUCTIVE,
                new AlterColumnType(VICTIM, "name", from, to, "left(name, 1)::varchar(200)", null).risk());
        assertEquals(Risk.DESTRUCTIVE,
                new AlterColumnType(VICTIM, "name", from, to, "other::varchar(200)", null).risk());
        assertEquals(Risk.DESTRUCTIVE, new AlterColumnType(VICTIM, "name", from, to, "name::text", null).risk());
        assertTrue(new AlterColumnType(VICTIM, "name", from, to, "null", new Approval("blanked on purpose"))
                .isAllowed());
    }

    private static void assertRefused(Executable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().contains("single SQL expression"), e.getMessage());
    }
}
