package dev.schemac.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A wrong or missing option is one {@code options} error on the compilation as a whole, and nothing is written. */
class OptionsDiagnosticsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "schemac.mode|compile|schemac.mode=compile is not a mode: use 'generate' or 'check'",
            "schemac.naming|camel|schemac.naming=camel is not a naming strategy: use 'jpa' (Hibernate's default)"
                    + " or 'spring' (Spring Boot's)",
            "schemac.package|db.1migration|schemac.package=db.1migration is not a Java package name",
            "schemac.package|db-migration|schemac.package=db-migration is not a Java package name",
            "schemac.package|db.class|schemac.package=db.class is not a Java package name",
            "schemac.version|2026-01-01|schemac.version=2026-01-01 is not a version: use digits only",
            "schemac.baseDir|' '|the option -Aschemac.baseDir is not set. schemac needs the project directory to find"
                    + " the snapshot and write migrations; the schemac-maven-plugin sets it, or pass"
                    + " -Aschemac.baseDir=<project directory> to javac"})
    void aWrongValueIsAnError(String option, String value, String message) {
        assertOptionsError(SchemacCompiler.generate(new TestProject(dir)).option(option, value), message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generate", "check"})
    void aMissingBaseDirIsAnErrorWhenThereAreEntities(String mode) {
        TestProject project = new TestProject(dir);
        SchemacCompiler compiler = mode.equals("check") ? SchemacCompiler.check(project)
                : SchemacCompiler.generate(project);

        assertOptionsError(compiler.option(Options.BASE_DIR, null), "the option -Aschemac.baseDir is not set."
                + " schemac needs the project directory to find the snapshot and write migrations; the"
                + " schemac-maven-plugin sets it, or pass -Aschemac.baseDir=<project directory> to javac");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20260101000000", "020260101000000", "20251231235959"})
    void aForcedVersionMustSortAfterTheNewestMigration(String version) {
        TestProject project = new TestProject(dir);
        SchemacCompiler.generate(project, "20260101000000").compile(ShopModel.files(ShopModel.release1()));
        project.ageFiles();
        Map<String, String> before = project.state();

        Compilation compilation = SchemacCompiler.generate(project, version)
                .compile(ShopModel.files(ShopModel.release2()));

        assertThat(compilation).failed();
        assertEquals(List.of("[schemac:options] -Aschemac.version=" + version + " is not after the newest migration,"
                + " V20260101000000__CreateCustomerOrdersAndProduct.java: a new migration must sort last"),
                compilation.errors().stream().map(e -> e.getMessage(Locale.ROOT)).toList());
        assertEquals(before, project.state());
    }

    private void assertOptionsError(SchemacCompiler compiler, String message) {
        Compilation compilation = compiler.compile(ShopModel.files(ShopModel.release1()));

        assertThat(compilation).failed();
        assertEquals(List.of("[schemac:options] " + message),
                compilation.errors().stream().map(e -> e.getMessage(Locale.ROOT)).toList());
        assertNull(compilation.errors().get(0).getSource());
        assertEquals(Map.of(), new TestProject(dir).state());
    }
}
