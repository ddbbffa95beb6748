package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemac.processor.SchemacCompiler.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint of generated DDL: each warning on the element whose change produced it, only for the migration being
 * generated, and suppressible with {@code @SuppressWarnings("schemac:<tag>")} on the element or its class.
 */
class LintTest {
    private static final String LONG_NAME = "a_column_name_so_long_that_postgresql_would_cut_it_at_sixty_three_bytes";
    private static final String TICKET = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import java.time.LocalDateTime;

            /** A support ticket. */
            @Entity
            public class Ticket {
                @Id
                @GeneratedValue
                private Integer id;

                private LocalDateTime openedAt;

                private char grade;

                @Column(name = "%s")
                private String note;
            }
            """.formatted(LONG_NAME);

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void firstRelease() {
        project = new TestProject(dir);
        assertThat(SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1())))
                .succeededWithoutWarnings();
        project.ageFiles();
    }

    @Test
    void aNewTableIsLintedOnItsFields() {
        Compilation compilation = compile("20260102000000", Map.of("Ticket", TICKET));

        JavaFileObject ticket = ShopModel.file("Ticket", TICKET);
        assertThat(compilation).hadWarningContaining("[schemac:int-id] the id column ticket.id is integer and runs out"
                + " at 2,147,483,647 rows; use Long (bigint) while the table is new and changing is free")
                .inFile(ticket).onLineContaining("private Integer id;");
        assertThat(compilation).hadWarningContaining("[schemac:timestamp-without-tz] column ticket.openedat is"
                + " timestamp without time zone: its values mean different instants on servers in different time"
                + " zones; map an Instant or OffsetDateTime (timestamptz) instead")
                .inFile(ticket).onLineContaining("private LocalDateTime openedAt;");
        assertThat(compilation).hadWarningContaining("[schemac:char-n] column ticket.grade is char(1), which pads"
                + " values with spaces and is no faster than varchar; use @Column(length = ...) on a String (varchar)"
                + " instead").inFile(ticket).onLineContaining("private char grade;");
        assertThat(compilation).hadWarningContaining("[schemac:identifier-too-long] the column name " + LONG_NAME
                + " is 71 bytes long and PostgreSQL keeps only its first 63 bytes, " + LONG_NAME.substring(0, 63)
                + ": SQL that names it in full still works, but two names that start alike collide. Choose a name"
                + " of at most 63 bytes")
                .inFile(ticket).onLineContaining("private String note;");
        assertEquals(4, compilation.warnings().size(), () -> compilation.warnings().toString());
    }

    @Test
    void anUnchangedEntityIsNotLintedAgain() {
        compile("20260102000000", Map.of("Ticket", TICKET));
        project.ageFiles();

        Compilation again = compile("20260103000000", Map.of("Ticket", TICKET));

        assertThat(again).succeededWithoutWarnings();
    }

    @Test
    void warningsAreSuppressedOnTheElementOrItsClass() {
        String fieldLevel = ShopModel.edit(TICKET, "    @Id\n", "    @Id\n    @SuppressWarnings(\"schemac:int-id\")\n");
        String classLevel = ShopModel.edit(TICKET, "@Entity\n", "@Entity\n@SuppressWarnings({\"unused\", \"schemac\"})\n");

        Compilation field = compile("20260102000000", Map.of("Ticket", fieldLevel));
        project.delete(TestProject.MIGRATIONS + "/V20260102000000__CreateTicket.java");
        project.write(TestProject.SNAPSHOT, snapshotOfFirstRelease);
        Compilation type = compile("20260102000000", Map.of("Ticket", classLevel));

        assertEquals(3, field.warnings().size(), () -> field.warnings().toString());
        assertEquals(List.of(), messages(field, Diagnostic.Kind.WARNING).stream()
                .filter(m -> m.contains("int-id")).toList());
        assertThat(type).succeededWithoutWarnings();
    }

    @Test
    void requiredAndNotNullColumnsOfExistingTablesAreLinted() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", """
                    @dev.schemac.annotation.Backfill("'unknown'")
                    @Column(nullable = false)
                    private String phone;

                    @dev.schemac.annotation.Backfill("0")
                    @Column(nullable = false)
                    private Integer visits;
                """);

        Compilation compilation = compile("20260102000000", Map.of("Customer", customer));

        JavaFileObject file = ShopModel.file("Customer", customer);
        assertThat(compilation).hadWarningContaining("[schemac:set-not-null] column customer.phone becomes NOT NULL")
                .inFile(file).onLineContaining("private String phone;");
        assertThat(compilation).hadWarningContaining("[schemac:required-column] column customer.visits is added NOT"
                + " NULL to an existing table: inserts of the previous application version, which does not set it,"
                + " fail once the migration ran. Give it a @ColumnDefault, or add it nullable first and make it NOT"
                + " NULL in a later release").inFile(file).onLineContaining("private Integer visits;");
        assertEquals(2, compilation.warnings().size(), () -> compilation.warnings().toString());
    }

    @Test
    void aRenamedColumnIsLintedOnItsField() {
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n",
                "    @dev.schemac.annotation.RenamedFrom(\"phone\")\n    private String mobile;\n");

        Compilation compilation = compile("20260102000000", Map.of("Customer", customer));

        assertThat(compilation).hadWarningContaining("[schemac:rename] column customer.phone is renamed")
                .inFile(ShopModel.file("Customer", customer)).onLineContaining("private String mobile;");
        assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
    }

    @Test
    void checkModeLintsThePendingChanges() {
        Map<String, String> sources = ShopModel.release1();
        sources.put("Ticket", TICKET);

        Compilation compilation = SchemacCompiler.check(project).compile(ShopModel.files(sources));

        assertThat(compilation).hadErrorContaining("[schemac:pending-change] table ticket is new");
        assertThat(compilation).hadWarningContaining("[schemac:int-id] the id column ticket.id is integer")
                .inFile(ShopModel.file("Ticket", TICKET)).onLineContaining("private Integer id;");
    }

    private String snapshotOfFirstRelease;

    private Compilation compile(String version, Map<String, String> replaced) {
        if (snapshotOfFirstRelease == null) {
            snapshotOfFirstRelease = project.read(TestProject.SNAPSHOT);
        }
        Map<String, String> sources = ShopModel.release1();
        sources.putAll(replaced);
        return SchemacCompiler.generate(project, version).compile(ShopModel.files(sources));
    }
}
