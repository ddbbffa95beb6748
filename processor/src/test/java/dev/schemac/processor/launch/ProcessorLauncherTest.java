package dev.schemac.processor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemac.processor.ShopModel;
import dev.schemac.processor.TestProject;
import dev.schemac.processor.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the Maven plugin calls, on sources on disk: javac gets only the files that mention entities, with
 * their bodies blanked, and still reads the whole model through the source path; diagnostics name the real files.
 */
class ProcessorLauncherTest {
    private static final String FIRST = "V20260101000000__CreateCustomerOrdersAndProduct.java";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void shop() throws IOException {
        project = new TestProject(dir);
        ShopModel.writeTo(project.path(Launches.SOURCES), ShopModel.release1());
    }

    @Test
    void entityFilesAloneGiveTheWholeModel() {
        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.version", "20260101000000");

        assertTrue(result.success(), result.findings()::toString);
        assertFalse(result.skipped());
        // Customer, Product and Purchase; the superclass, the embeddable and the enum come through the source path.
        assertEquals(3, result.entityFiles());
        assertEquals(List.of(FIRST), project.migrations());
        GoldenFiles.assertMatches("pipeline/" + FIRST, project.read(TestProject.MIGRATIONS + "/" + FIRST));
        GoldenFiles.assertMatches("pipeline/snapshot-1.json", project.read(TestProject.SNAPSHOT));
        assertEquals(List.of("[schemac:generated] wrote migration " + TestProject.MIGRATIONS + "/" + FIRST
                + " (9 operation(s)) and updated " + TestProject.SNAPSHOT), Launches.messages(result));
    }

    @Test
    void neverHandsJavacTheMigrationsEvenWhenTheirNamesMentionEntity() throws IOException {
        Launches.run(project, "generate", "schemac.version", "20260101000000");
        Path migration = project.path(TestProject.MIGRATIONS + "/" + FIRST);
        String renamed = "V20260101000000__CreateEntityTables";
        Files.writeString(migration.resolveSibling(renamed + ".java"),
                Files.readString(migration).replace(FIRST.replace(".java", ""), renamed));
        Files.delete(migration);

        ProcessorLauncher.Result result = Launches.run(project, "check");

        assertTrue(result.success(), result.findings()::toString);
        assertEquals(3, result.entityFiles());
    }

    @Test
    void readsUnannotatedGettersOfPropertyAccessAndAutoAppliedConvertersInFilesWithoutEntities()
            throws IOException {
        Path blog = project.path(Launches.SOURCES + "/blog");
        Files.createDirectories(blog);
        Files.writeString(blog.resolve("Post.java"), """
                package blog;

                @jakarta.persistence.Entity
                public class Post extends Base {
                    private String title;
                    private Slug slug;

                    public String getTitle() {
                        return title;
                    }

                    public void setTitle(String title) {
                        this.title = title;
                    }

                    public Slug getSlug() {
                        return slug;
                    }

                    public void setSlug(Slug slug) {
                        this.slug = slug;
                    }
                }
                """);
        Files.writeString(blog.resolve("Base.java"), """
                package blog;

                @jakarta.persistence.MappedSuperclass
                public abstract class Base {
                    private Long id;

                    @jakarta.persistence.Id
                    public Long getId() {
                        return id;
                    }

                    public void setId(Long id) {
                        this.id = id;
                    }
                }
                """);
        Files.writeString(blog.resolve("Slug.java"), "package blog;\npublic record Slug(String value) {}\n");
        Files.writeString(blog.resolve("Slugs.java"), """
                package blog;

                @jakarta.persistence.Converter(autoApply = true)
                public class Slugs implements jakarta.persistence.AttributeConverter<Slug, Integer> {
                    public Integer convertToDatabaseColumn(Slug s) { return null; }
                    public Slug convertToEntityAttribute(Integer s) { return null; }
                }
                """);

        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.version", "20260101000000");

        assertTrue(result.success(), result.findings()::toString);
        String snapshot = project.read(TestProject.SNAPSHOT);
        assertTrue(snapshot.contains("{\"name\": \"title\", \"type\": \"varchar(255)\", \"nullable\": true}"),
                snapshot);
        assertTrue(snapshot.contains("{\"name\": \"slug\", \"type\": \"integer\", \"nullable\": true}"),
                snapshot);
    }

    @Test
    void withoutAnyEntityFileItStillRuns() throws IOException {
        Launches.run(project, "generate", "schemac.version", "20260101000000");
        for (String entity : List.of("Customer", "Product", "Purchase")) {
            Files.delete(project.path(Launches.SOURCES + "/shop/" + entity + ".java"));
        }
        project.ageFiles();
        Map<String, String> before = project.state();

        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.version", "20260102000000");

        assertTrue(result.success(), result.findings()::toString);
        assertEquals(0, result.entityFiles());
        assertFalse(result.skipped());
        assertEquals(List.of("customer", "orders", "product", "customer_seq", "orders_seq"), Launches.messages(result)
                .stream().map(m -> m.replaceAll("^\\[schemac:retained-(table|sequence)\\] (table|sequence) (\\w+) .*",
                        "$3")).toList());
        Map<String, String> after = project.state();
        after.keySet().removeIf(f -> f.startsWith(Launches.WORK_DIR));
        before.keySet().removeIf(f -> f.startsWith(Launches.WORK_DIR));
        assertEquals(before, after);
    }

    @Test
    void anErrorAfterALongMethodBodyPointsAtTheOriginalLine() throws IOException {
        Launches.run(project, "generate", "schemac.version", "20260101000000");
        String customer = ShopModel.edit(ShopModel.CUSTOMER, "    private String phone;\n", """
                    private String phone;

                    /** A body with everything the blanker must get past, spread over many lines. */
                    public String describe(int times) {
                        StringBuilder text = new StringBuilder("{ not a brace \\" } ");
                        char brace = '}';
                        // } in a comment
                        /* { in a block comment */
                        String block = \"""
                                { a text block with } braces
                                and "quotes"
                                \""";
                        Runnable nested = new Runnable() {
                            @Override
                            public void run() {
                                text.append(brace);
                            }
                        };
                        for (int i = 0; i < times; i++) {
                            nested.run();
                            text.append(block);
                        }
                        return text.toString();
                    }

                    @Column(length = 8)
                        private String   nickname;
                """);
        Path file = project.path(Launches.SOURCES + "/shop/Customer.java");
        Files.writeString(file, customer);

        ProcessorLauncher.Result result = Launches.run(project, "check");

        assertFalse(result.success());
        Finding error = result.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals(Diagnostic.Kind.ERROR, error.kind());
        assertTrue(error.message().startsWith("[schemac:pending-change] column customer.nickname is new"),
                error::toString);
        assertEquals(file, error.file());
        List<String> lines = customer.lines().toList();
        int line = lines.indexOf("        private String   nickname;") + 1;
        assertEquals(line, error.line());
        assertEquals(lines.get(line - 1).indexOf("nickname") + 1, error.column());
        assertEquals(1, result.findings().stream().filter(Finding::isError).count(), result.findings()::toString);
    }

    @Test
    void aWrongOptionIsAnErrorLikeTheProcessorsNotAnException() {
        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.naming", "camel");

        assertFalse(result.success());
        assertFalse(result.skipped());
        assertEquals(List.of(new Finding(Diagnostic.Kind.ERROR, null, 0, 0, "[schemac:options] schemac.naming=camel"
                + " is not a naming strategy: use 'jpa' (Hibernate's default) or 'spring' (Spring Boot's)")),
                result.findings());
        assertEquals(List.of(), project.migrations());
    }

    @Test
    void javacsOwnErrorsStopTheRunAndNameTheFile() throws IOException {
        Path file = project.path(Launches.SOURCES + "/shop/Product.java");
        Files.writeString(file, ShopModel.edit(ShopModel.PRODUCT, "private BigDecimal price;", "private Money price;"));

        ProcessorLauncher.Result result = Launches.run(project, "generate", "schemac.version", "20260101000000");

        assertFalse(result.success());
        Finding error = result.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertTrue(error.message().contains("cannot find symbol"), error::toString);
        assertEquals(file, error.file());
        assertEquals(List.of(), project.migrations());
        assertFalse(project.exists(TestProject.SNAPSHOT));
        assertFalse(project.exists(TestProject.INDEX));
    }
}
