package dev.schemac.processor.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blanked source declares exactly what the original does, at the same lines, and parses faster. */
class BodyBlankerTest {

    @Test
    void blanksBodiesKeepsLinesAndDeclarations() {
        String source = """
                package p;

                @Entity
                @Table(indexes = {@Index(columnList = "a")})
                @EntityListeners(Listener.class)
                public class Customer {
                    @Id
                    private Long id;
                    private int[] codes = {1, 2};
                    private final Runnable hook = () -> { System.out.println("}"); };

                    public Long getId() {
                        String s = "{ not a brace";
                        char c = '}';
                        return id; // }
                    }

                    static {
                        init();
                    }
                }
                """;
        String blanked = BodyBlanker.blank(source);

        assertEquals(source.length(), blanked.length());
        assertEquals(source.lines().count(), blanked.lines().count());
        assertFalse(blanked.contains("not a brace"), blanked);
        assertFalse(blanked.contains("init()"), blanked);
        assertTrue(blanked.contains("private final Runnable hook = () -> { System.out.println(\"}\"); };"), blanked);
        // a getter keeps its declaration, since property access may make it persistent, but never its body
        assertTrue(blanked.contains("public Long getId() {"), blanked);
        assertFalse(blanked.contains("return id;"), blanked);
        assertEquals(Declarations.of(source), Declarations.of(blanked));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // records with annotated components and a compact constructor
        "record Point(@Min({1}) int x, int y) implements Comparable<Point> { Point { if (x < 0) throw new X(); }"
                + " static int ORIGIN = 0; public int compareTo(Point o) { return 0; } }",
        // enum constants with arguments and bodies, an abstract method, a field after the constants
        "enum Op { PLUS(\"+\") { int apply(int a) { return a; } }, MINUS(\"-\") { int apply(int a) { return -a; } };"
                + " private final String s; Op(String s) { this.s = s; } abstract int apply(int a); }",
        "enum Empty { ; static void f() { } }",
        "enum Simple { A, B }",
        // annotation types with defaults, including array defaults
        "@interface Marker { String[] value() default {\"a\", \"b\"}; int size() default 3; }",
        // interfaces with default, static and private methods; generic methods
        "interface I<T> { default <R extends Comparable<R>> R f(T t) { return null; } static void g() { }"
                + " private void h() { } void abstractOne(); }",
        // text blocks, nested and anonymous classes, instance initializers, labels, switch expressions
        "class C { String t = \"\"\"\n  { \"\"\" + \"}\"; Object o = new Object() { public String toString() {"
                + " return \"x\"; } }; { int i = switch (1) { case 1 -> { yield 2; } default -> 3; }; }"
                + " static class N { void m() { outer: for (;;) { break outer; } } } class Inner { } }",
        // comments with braces, unicode identifiers, casts with lambdas
        "class D { /* { */ int größe = 1; // }\n void m() { Runnable r = (Runnable & java.io.Serializable) () -> { };"
                + " } }",
        // qualified annotations with parentheses and class literals at top level
        "@java.lang.Deprecated @SuppressWarnings({\"a\", \"b\"}) @Ann(type = String.class, v = {1}) class E {"
                + " @Ann(v = {2}) void m() throws Exception { } }",
        // sealed hierarchies and non-sealed subclasses
        "sealed interface Shape permits Sq, Ci { } final class Sq implements Shape { double s() { return 1; } }"
                + " non-sealed class Ci implements Shape { }",
        // a nested annotation type followed by methods, in classes with and without annotated methods
        "class W { @Retention(RUNTIME) public @interface Trusted { } static W instance() { return null; } int x; }",
        "class V { public @interface Marker { int v() default 1; } @Marker void m() { } void n() { } }",
        // annotation elements without defaults, in a file whose classes have no annotated method
        "@interface Label { String value(); int[] sizes(); } class Uses { @Label(value = \"x\", sizes = {}) int f;"
                + " void m() { } }",
        "class Outer { @interface Inner { String value(); } int x; void m() { } }",
        // a local record and class inside a method body
        "class L { void m() { record R(int a) { } class Local { void n() { } } } int after = 1; }"
    })
    void keepsDeclarationsOf(String source) {
        List<String> original = Declarations.of(source);
        assertFalse(original.get(0).startsWith("ERROR"), () -> "test source must parse: " + original);
        assertEquals(original, Declarations.of(BodyBlanker.blank(source)));
    }

    @Test
    void keepsSignaturesOfEveryMethodWhenOneIsAnnotated() {
        String source = """
                @Entity
                class Account {
                    @Id Long id;
                    Account() { id = 1L; }
                    @PrePersist void check() { validate(); }
                    String name() { return "x"; }
                }
                """;
        String blanked = BodyBlanker.blank(source);
        assertTrue(blanked.contains("String name() {"), blanked);
        assertTrue(blanked.contains("@PrePersist void check() {"), blanked);
        assertFalse(blanked.contains("validate()"), blanked);
        assertEquals(Declarations.of(source), Declarations.of(blanked));
    }

    @Test
    void dropsWholeMethodsButGettersWhenNoneIsAnnotated() {
        String source = """
                @Entity
                class Account {
                    @Id Long id;
                    Account() { id = 1L; }
                    public Long getId() { return id; }
                    @Override public String toString() { return "x"; }
                    static { load(); }
                }
                """;
        String blanked = BodyBlanker.blank(source);
        assertTrue(blanked.contains("@Id Long id;"), blanked);
        assertTrue(blanked.contains("public Long getId() {"), blanked);
        assertFalse(blanked.contains("return id;"), blanked);
        assertFalse(blanked.contains("toString"), blanked);
        assertFalse(blanked.contains("Account()"), blanked);
        assertFalse(blanked.contains("static"), blanked);
        assertEquals(Declarations.of(source), Declarations.of(blanked));
    }

    @Test
    void leavesBrokenSourceAsItIs() {
        String broken = "class B { void m() { if (x) { ";
        assertEquals(broken, BodyBlanker.blank(broken));
    }

    @Test
    void everyJavaFileOfThisRepositoryDeclaresTheSameWhenBlanked() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repository)) {
            walk.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                    .forEach(files::add);
        }
        assertTrue(files.size() > 100, "found only " + files.size() + " files under " + repository);
        List<String> different = new ArrayList<>();
        long originalChars = 0;
        long blankedChars = 0;
        for (Path file : files) {
            String source = Files.readString(file);
            String blanked = BodyBlanker.blank(source);
            originalChars += source.chars().filter(c -> !Character.isWhitespace(c)).count();
            blankedChars += blanked.chars().filter(c -> !Character.isWhitespace(c)).count();
            if (!Declarations.of(source).equals(Declarations.of(blanked))) {
                different.add(repository.relativize(file).toString());
            }
        }
        assertEquals(List.of(), different);
        assertTrue(blankedChars < originalChars * 0.8, "blanking removed too little code: " + blankedChars + " of "
                + originalChars + " characters left");
    }
}
