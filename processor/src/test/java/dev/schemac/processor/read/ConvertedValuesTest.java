package dev.schemac.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.schemac.processor.Options;
import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.schema.Check;
import dev.schemac.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converters on enums and Booleans: schemac compiles and calls the converter while it reads the entities, and the
 * column gets Hibernate 7's check of the converted values (the rules were read from Hibernate's own DDL with the
 * fidelity corpus {@code conversions}). The sources are files in a source root, as in a project.
 */
class ConvertedValuesTest {
    private static final String COLOR = "public enum Color { RED, GREEN, BLUE }";
    private static final String IMPORTS = "import jakarta.persistence.*;\nimport java.util.*;\n";

    @TempDir
    Path root;

    private final Map<String, String> files = new LinkedHashMap<>();

    @Test
    void anEnumConvertedToTextIsCheckedAgainstTheConvertedValuesInHibernatesOrder() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "c.name().toLowerCase() + \"'s\""));
        Table table = read(entity("@Convert(converter = ColorText.class) @Column(length = 9) Color color;"));
        // Hibernate writes the values in the order of a HashSet of them, not the constants' order
        assertEquals(List.of(new Check("thing_color_check", "color in (" + inHibernatesOrder("'red''s'", "'green''s'",
                "'blue''s'") + ")")), table.checks());
    }

    @Test
    void anEnumConvertedToANumberOrACharacterIsCheckedAgainstTheirLiterals() {
        put("Color", COLOR);
        put("ColorNumber", converter("Color", "Integer", "(c.ordinal() + 1) * 10"));
        put("ColorLetter", converter("Color", "Character", "c.name().charAt(0)"));
        Table table = read(entity("@Convert(converter = ColorNumber.class) Color number;\n"
                + "@Convert(converter = ColorLetter.class) Color letter;"));
        assertEquals(List.of(new Check("thing_number_check", "number in (" + inHibernatesOrder(10, 20, 30) + ")"),
                new Check("thing_letter_check", "letter in (" + inHibernatesOrder('R', 'G', 'B').replaceAll("(\\w)",
                        "'$1'") + ")")), table.checks());
    }

    @Test
    void anAutoAppliedConverterChecksItsEnumInElementCollectionsAndEmbeddablesToo() {
        put("Color", COLOR);
        put("ColorCodes", "@Converter(autoApply = true) " + converter("Color", "String", "c.name().substring(0, 2)")
                .substring("@Converter ".length()));
        put("Part", "@Embeddable public class Part { Color partColor; }");
        ReadHarness.Reading reading = compile(entity("@ElementCollection Set<Color> colors;\n@Embedded Part part;"));
        assertNotNull(reading.result(), reading.compilation().diagnostics().toString());
        String values = inHibernatesOrder("'RE'", "'GR'", "'BL'");
        assertEquals(List.of(new Check("thing_partcolor_check", "partcolor in (" + values + ")")),
                reading.table("thing").checks());
        assertEquals(List.of(new Check("thing_colors_colors_check", "colors in (" + values + ")")),
                reading.table("thing_colors").checks());
    }

    @Test
    void aBooleanIsCheckedAgainstFalseThenTrueThenNullsValue() {
        put("YesNo", converter("Boolean", "String", "c ? \"Y\" : \"N\""));
        put("OneZero", "@Converter public class OneZero implements AttributeConverter<Boolean, Integer> {\n"
                + "    public Integer convertToDatabaseColumn(Boolean b) { return b == null ? -1 : b ? 1 : 0; }\n"
                + "    public Boolean convertToEntityAttribute(Integer i) { return i == 1; }\n}");
        Table table = read(entity("@Convert(converter = YesNo.class) Boolean active;\n"
                + "@Convert(converter = OneZero.class) boolean flag;"));
        assertEquals(List.of(new Check("thing_active_check", "active in ('N','Y')"),
                new Check("thing_flag_check", "flag in (0,1,-1)")), table.checks());
    }

    @Test
    void aDatabaseTypeWithoutLiteralsGetsNoCheckAndTheConverterIsNotCalled() {
        put("Color", COLOR);
        put("ColorWeight", "@Converter public class ColorWeight implements AttributeConverter<Color, Double> {\n"
                + "    public Double convertToDatabaseColumn(Color c) { throw new IllegalStateException(); }\n"
                + "    public Color convertToEntityAttribute(Double d) { return null; }\n}");
        Table table = read(entity("@Convert(converter = ColorWeight.class) Color color;"));
        assertEquals(List.of(), table.checks());
    }

    @Test
    void withoutTheClasspathOptionTheFieldSaysWhichOptionToPass() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "c.name()"));
        assertFieldError(List.of(), "[schemac:unsupported-mapping] the converter ColorText on Thing.color is not"
                + " supported by schemac yet (schemac calls the converter to learn the values of Hibernate's check,"
                + " and needs the project's classpath for it: pass -Aschemac.classpath=<compile classpath>",
                entity("@Convert(converter = ColorText.class) Color color;"));
    }

    @Test
    void aConverterThatDoesNotCompileShowsJavacsFirstMessage() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "c.label()"));
        assertFieldError(classpath(), "Thing.color: the converter ColorText does not compile: ColorText.java:5:"
                + " cannot find symbol", entity("@Convert(converter = ColorText.class) Color color;"));
    }

    @Test
    void aConverterThatThrowsNamesTheConstantAndTheException() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String",
                "c == Color.GREEN ? java.util.Objects.requireNonNull((String) null, \"no green\") : c.name()"));
        assertFieldError(classpath(), "Thing.color: the converter ColorText throws java.lang.NullPointerException:"
                + " no green for GREEN", entity("@Convert(converter = ColorText.class) Color color;"));
    }

    @Test
    void aConverterThatReturnsNullIsRefused() {
        put("YesNo", converter("Boolean", "String", "c ? \"Y\" : null"));
        assertFieldError(classpath(), "Thing.active: the converter YesNo returns null for false",
                entity("@Convert(converter = YesNo.class) Boolean active;"));
    }

    @Test
    void aConverterThatReturnsAValueOfAnotherTypeIsRefused() {
        put("Color", COLOR);
        // through erasure, as a raw or badly generic converter does at run time
        put("Loose", "public abstract class Loose<Y> implements AttributeConverter<Color, Y> {\n"
                + "    @SuppressWarnings(\"unchecked\") public Y convertToDatabaseColumn(Color c) {"
                + " return (Y) (Object) c.ordinal(); }\n"
                + "    public Color convertToEntityAttribute(Y y) { return null; }\n}");
        put("ColorText", "@Converter public class ColorText extends Loose<String> {}");
        assertFieldError(classpath(), "Thing.color: the converter ColorText returns a java.lang.Integer for RED,"
                + " not the java.lang.String it declares",
                entity("@Convert(converter = ColorText.class) Color color;"));
    }

    @Test
    void aConverterThatNeverReturnsIsStoppedAfterFiveSeconds() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "hang()").replace("public Color convertToEntityAttribute",
                "static String hang() { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }"
                        + " return \"late\"; }\n    public Color"
                        + " convertToEntityAttribute"));
        assertFieldError(classpath(), "Thing.color: the converter ColorText did not return within 5 s",
                entity("@Convert(converter = ColorText.class) Color color;"));
    }

    @Test
    void enumeratedWithAConverterIsRefusedAsHibernateRefusesIt() {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "c.name()"));
        assertFieldError(List.of(), "Thing.color: @Enumerated and the converter ColorText both say how to store"
                + " the enum",
                entity("@Convert(converter = ColorText.class) @Enumerated(EnumType.STRING) Color color;"));
    }

    @Test
    void anAutoAppliedConverterConvertsAMapKeyAndChecksIt() {
        put("Color", COLOR);
        put("ColorText", "@Converter(autoApply = true) " + converter("Color", "String", "c.name().substring(0, 1)")
                .substring("@Converter ".length()));
        ReadHarness.Reading reading = compile(entity("@ElementCollection Map<Color, String> names;"));
        assertNotNull(reading.result(), reading.compilation().diagnostics().toString());
        Table names = reading.table("thing_names");
        assertEquals("varchar(255)", names.findColumn("names_key").orElseThrow().type().toString());
        assertEquals(List.of(new Check("thing_names_names_key_check", "names_key in ("
                + inHibernatesOrder("'R'", "'G'", "'B'") + ")")), names.checks());
    }

    @Test
    void theSourcePathOptionFindsAConverterOutsideTheCompiledFilesRoot() throws IOException {
        put("Color", COLOR);
        put("ColorText", converter("Color", "String", "c.name().substring(0, 1)"));
        put("Thing", entity("@Convert(converter = ColorText.class) Color color;"));
        // the entity is compiled from a copy elsewhere, so only the option can point at the converter's root
        Path copy = Files.createDirectories(root.resolve("elsewhere/test")).resolve("Thing.java");
        Files.writeString(copy, Files.readString(write().get(2).toPath()));
        List<JavaFileObject> sources = new ArrayList<>(List.of(object(root.resolve("src/test/Color.java")),
                object(root.resolve("src/test/ColorText.java")), object(copy)));
        List<String> options = new ArrayList<>(classpath());
        options.add("-A" + Options.SOURCEPATH + "=" + root.resolve("src"));
        ReadHarness.Reading reading = ReadHarness.compile(NamingStyle.JPA, options,
                sources.toArray(JavaFileObject[]::new));
        assertEquals(List.of(new Check("thing_color_check", "color in ('R','B','G')")),
                reading.table("thing").checks());
    }

    // --- helpers

    /**
     * The values in the order Hibernate 7.4 writes them: that of the set its {@code EnumJavaType} collects them
     * into, made here by Hibernate's own {@code CollectionHelper.setOfSize}. Values are hashed as written
     * (quotes included), which keeps the order of these test values; the literals' own hash codes decide in
     * schemac.
     */
    private static String inHibernatesOrder(Object... values) {
        java.util.Set<Object> set = org.hibernate.internal.util.collections.CollectionHelper.setOfSize(values.length);
        for (Object value : values) {
            set.add(value instanceof String text && text.startsWith("'") ? new Quoted(text) : value);
        }
        return String.join(",", set.stream().map(String::valueOf).toList());
    }

    /** A literal hashed as its unquoted value, as Hibernate hashes the converter's string. */
    private record Quoted(String literal) {
        @Override
        public int hashCode() {
            return literal.substring(1, literal.length() - 1).replace("''", "'").hashCode();
        }

        @Override
        public String toString() {
            return literal;
        }
    }

    private static String entity(String fields) {
        return "@Entity public class Thing {\n    @Id Long id;\n    " + fields.replace("\n", "\n    ") + "\n}";
    }

    private static String converter(String domain, String database, String expression) {
        return "@Converter public class %s implements AttributeConverter<%s, %s> {\n"
                .formatted("%NAME%", domain, database)
                + "    public %s convertToDatabaseColumn(%s c) { return c == null ? null : %s; }\n"
                        .formatted(database, domain, expression)
                + "    public %s convertToEntityAttribute(%s s) { return null; }\n}".formatted(domain, database);
    }

    private void put(String name, String body) {
        files.put(name, body.replace("%NAME%", name));
    }

    private void assertFieldError(List<String> options, String message, String entity) {
        files.put("Thing", entity);
        List<java.io.File> written = write();
        JavaFileObject thing = object(written.get(written.size() - 1).toPath());
        List<JavaFileObject> sources = new ArrayList<>();
        for (java.io.File file : written) {
            sources.add(file.getName().equals("Thing.java") ? thing : object(file.toPath()));
        }
        Compilation compilation = ReadHarness.compile(NamingStyle.JPA, options, sources.toArray(JavaFileObject[]::new))
                .compilation();
        String field = entity.substring(entity.lastIndexOf("    ") + 4, entity.lastIndexOf(';') + 1);
        CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(thing)
                .onLineContaining(field);
        ReadHarness.assertErrorCount(1, compilation);
    }

    private Table read(String entity) {
        ReadHarness.Reading reading = compile(entity);
        if (reading.result() == null || !reading.compilation().errors().isEmpty()) {
            throw new AssertionError(reading.compilation().diagnostics().toString());
        }
        return reading.table("thing");
    }

    private ReadHarness.Reading compile(String entity) {
        files.put("Thing", entity);
        return ReadHarness.compile(NamingStyle.JPA, classpath(),
                write().stream().map(f -> object(f.toPath())).toArray(JavaFileObject[]::new));
    }

    private static List<String> classpath() {
        return List.of("-A" + Options.CLASSPATH + "=" + System.getProperty("java.class.path"));
    }

    private List<java.io.File> write() {
        List<java.io.File> written = new ArrayList<>();
        try {
            Path folder = Files.createDirectories(root.resolve("src/test"));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey() + ".java");
                Files.writeString(path, "package test;\n" + IMPORTS + file.getValue(), StandardCharsets.UTF_8);
                written.add(path.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static JavaFileObject object(Path file) {
        try {
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
