package dev.schemac.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What changes a migration's checksum and what does not. */
class SourceChecksumTest {
    private static final String SOURCE = """
            package db.migration;

            /** Adds the email. */
            public final class V1__AddEmail implements Migration {
                @Override
                public void up(SchemaChanges schema) {
                    // The length matches the form.
                    schema.addColumn("customer", column("email", varchar(255)));
                    schema.sql("update customer set note = '// not a comment' where id = 1");
                    String block = \"""
                        first line
                          second line
                        \""";
                    char quote = '"';
                }
            }
            """;

    private static String checksum(String source) {
        return SourceChecksum.of(source);
    }

    @Test
    void ignoresTheBodyOfDownSoThatAnApprovalCanBeAddedAfterTheMigrationWasApplied() {
        String withDown = SOURCE.replace("""
                    char quote = '"';
                }
            """, """
                    char quote = '"';
                }

                @Override
                public void down(SchemaChanges schema) {
                    String brace = "}";
                    schema.dropColumn("customer", "email");
                }
            """);
        String approved = withDown.replace("schema.dropColumn(\"customer\", \"email\");",
                "schema.dropColumn(\"customer\", \"email\", approveDataLoss(\"rolled back on 2026-11-21\"));");

        assertNotEquals(withDown, approved);
        assertEquals(checksum(withDown), checksum(approved));
        assertNotEquals(checksum(SOURCE), checksum(withDown), "adding a down counts");
        assertNotEquals(checksum(approved), checksum(approved.replace("varchar(255)", "varchar(256)")),
                "up still counts");
        assertTrue(SourceChecksum.withoutDownBody(SourceChecksum.normalise(approved))
                .endsWith("public void down(SchemaChanges schema){}}"));
    }

    @Test
    void isSha256InLowerCaseHex() throws Exception {
        String sum = checksum(SOURCE);
        assertTrue(sum.matches("[0-9a-f]{64}"), sum);
        byte[] normalised = SourceChecksum.normalise(SOURCE).getBytes(StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised)), sum);
    }

    @Test
    void normalisesToTheCodeWithOneSpaceBetweenWordsOnly() {
        assertEquals("class A{int x=1;String s=\"a  b\";}",
                SourceChecksum.normalise("class  A {\n  int x = 1; // one\n  String s = \"a  b\"; /* two */\n}\n"));
    }

    @Test
    void ignoresReformatting() {
        String reformatted = SOURCE.replace("    ", "  ").replace("schema.addColumn(\"customer\", ",
                "schema.addColumn(\n        \"customer\",\n        ").replace("\n", "\r\n");
        assertEquals(checksum(SOURCE), checksum(reformatted));
    }

    @Test
    void ignoresCommentEdits() {
        String edited = SOURCE.replace("/** Adds the email. */", "/**\n * Adds the email, reviewed by Ann.\n */")
                .replace("// The length matches the form.", "/* RFC 5321 allows 320; the form allows 255. */")
                + "// trailing note\n";
        assertEquals(checksum(SOURCE), checksum(edited));
    }

    @Test
    void countsANumberAStringAndAStatement() {
        String sum = checksum(SOURCE);
        assertNotEquals(sum, checksum(SOURCE.replace("varchar(255)", "varchar(256)")));
        assertNotEquals(sum, checksum(SOURCE.replace("\"email\"", "\"e_mail\"")));
        assertNotEquals(sum, checksum(SOURCE.replace("    char quote", "    schema.dropNotNull(\"a\", \"b\");\n"
                + "    char quote")));
    }

    @Test
    void countsTextAfterDoubleSlashInsideAString() {
        assertNotEquals(checksum(SOURCE), checksum(SOURCE.replace("'// not a comment'", "'// not a remark'")));
    }

    @Test
    void countsSpacesInsideStrings() {
        assertNotEquals(checksum(SOURCE), checksum(SOURCE.replace("set note =", "set note  =")));
    }

    @Test
    void countsTheSpaceThatSeparatesTwoWords() {
        assertNotEquals(checksum("int x;"), checksum("intx;"));
    }

    @Test
    void countsATextBlockByItsContentNotItsIndentation() {
        String reindented = SOURCE.replace("            first line\n              second line\n            ",
                "      first line\n        second line\n      ");
        assertNotEquals(SOURCE, reindented);
        assertEquals(checksum(SOURCE), checksum(reindented));
        assertNotEquals(checksum(SOURCE), checksum(SOURCE.replace("  second line", "    second line")));
    }

    @Test
    void readsAQuoteInACharLiteralAsNoString() {
        assertNotEquals(checksum(SOURCE), checksum(SOURCE.replace("char quote = '\"';", "char quote = '\"';  int y;")));
        assertEquals(checksum("char q = '\"'; // \" x\nint a;"), checksum("char q = '\"';\nint a;"));
    }
}
