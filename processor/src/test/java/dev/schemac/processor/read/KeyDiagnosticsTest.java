package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.assertError;
import static dev.schemac.processor.read.ReadHarness.assertErrors;
import static dev.schemac.processor.read.ReadHarness.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each error about keys, join columns and derived identities, on the element it is about: message, file, line. */
class KeyDiagnosticsTest {
    private static final String INVALID = "[schemac:invalid-mapping] ";
    private static final String UNSUPPORTED = "[schemac:unsupported-mapping] ";
    private static final JavaFileObject U = source("U", "@Entity public class U { @EmbeddedId UK id; }");
    private static final JavaFileObject UK = source("UK", """
            @Embeddable public class UK implements java.io.Serializable { long zed; @Column(length = 20) String abc; }
            """);
    private static final JavaFileObject T = source("T", "@Entity public class T { @Id Long id; }");

    private static JavaFileObject entity(String name, String body) {
        return source(name, "@Entity public class " + name + " {\n" + body + "\n}\n");
    }

    @Test
    void joinColumnsMustMatchTheTargetKeyInNumber() {
        JavaFileObject e = entity("E", "@Id Long id;\n@ManyToOne @JoinColumn(name = \"x\") U u;");
        assertError(INVALID + "E.u has 1 join column(s), but the primary key of its target has 2 (zed, abc);"
                + " Hibernate needs one join column per key column", e, "U u;", U, UK);
    }

    @Test
    void joinColumnsToACompositeKeyNameTheirReferencedColumns() {
        JavaFileObject e = entity("E", "@Id Long id;\n"
                + "@ManyToOne @JoinColumns({@JoinColumn(name = \"a\"), @JoinColumn(name = \"b\")}) U u;");
        assertError(INVALID + "E.u refers to a primary key of several columns (zed, abc): name the key column of"
                + " each @JoinColumn with referencedColumnName", e, "U u;", U, UK);
    }

    @Test
    void aJoinColumnToANonKeyColumnOfACompositeKeyIsUnsupported() {
        JavaFileObject e = entity("E", "@Id Long id;\n@ManyToOne @JoinColumns({"
                + "@JoinColumn(name = \"a\", referencedColumnName = \"other\"),"
                + " @JoinColumn(name = \"b\", referencedColumnName = \"zed\")}) U u;");
        assertError(UNSUPPORTED + "@JoinColumn(referencedColumnName = \"other\") on E.u is not supported by schemac"
                + " yet (foreign keys to columns other than the primary key zed, abc)", e, "U u;", U, UK);
    }

    @Test
    void twoJoinColumnsCannotReferToTheSameKeyColumn() {
        JavaFileObject e = entity("E", "@Id Long id;\n@ManyToOne @JoinColumns({"
                + "@JoinColumn(name = \"a\", referencedColumnName = \"zed\"),"
                + " @JoinColumn(name = \"b\", referencedColumnName = \"zed\")}) U u;");
        assertError(INVALID + "E.u has two join columns referring to the key column zed", e, "U u;", U, UK);
    }

    @Test
    void aForeignKeyDefinitionOnJoinColumnsIsUnsupported() {
        JavaFileObject e = entity("E", "@Id Long id;\n@ManyToOne @JoinColumns(value = {"
                + "@JoinColumn(name = \"a\", referencedColumnName = \"abc\"),"
                + " @JoinColumn(name = \"b\", referencedColumnName = \"zed\")},"
                + " foreignKey = @ForeignKey(foreignKeyDefinition = \"x\")) U u;");
        assertError(UNSUPPORTED + "@ForeignKey(foreignKeyDefinition) on E.u is not supported by schemac yet"
                + " (foreign keys written in SQL)", e, "U u;", U, UK);
    }

    @Test
    void joinColumnsAgreeOnNullability() {
        JavaFileObject e = entity("E", "@Id Long id;\n@ManyToOne @JoinColumns({"
                + "@JoinColumn(name = \"a\", referencedColumnName = \"abc\", nullable = false),"
                + " @JoinColumn(name = \"b\", referencedColumnName = \"zed\")}) U u;");
        assertError(INVALID + "the join columns of E.u mix nullable = true with nullable = false, which Hibernate"
                + " refuses; give them all the same nullable", e, "U u;", U, UK);
    }

    @Test
    void anAssociationOverrideWithAJoinTableIsUnsupported() {
        JavaFileObject base = source("Base", "@MappedSuperclass public abstract class Base {\n    @ManyToOne T t;\n}");
        assertError(UNSUPPORTED + "@AssociationOverride(joinTable) for E.t is not supported by schemac yet (join"
                + " tables)", base, "T t;", T, source("E", """
                @Entity @AssociationOverride(name = "t", joinTable = @JoinTable(name = "e_t"))
                public class E extends Base { @Id Long id; }
                """));
    }

    @Test
    void mapsIdNeedsAnAssociation() {
        JavaFileObject e = entity("E", "@Id Long id;\n@MapsId Long other;");
        assertError(INVALID + "@MapsId on E.other needs a @ManyToOne or @OneToOne association", e, "Long other;");
    }

    @Test
    void mapsIdMustNameAnAttributeOfTheEmbeddedId() {
        JavaFileObject m = entity("M", "@EmbeddedId MK id;\n@ManyToOne @MapsId(\"nope\") T t;");
        assertError(INVALID + "@MapsId(\"nope\") on M.t names no attribute of MK", m, "T t;", T,
                source("MK", "@Embeddable public class MK implements java.io.Serializable { Long a; Long b; }"));
    }

    @Test
    void anAssociationMappingTheWholeEmbeddedIdIsTheOnlyOne() {
        JavaFileObject m = entity("M", "@EmbeddedId UK id;\n@OneToOne @MapsId U u;\n@ManyToOne @MapsId(\"zed\") T t;");
        assertError(INVALID + "@MapsId on M.u maps the whole @EmbeddedId, so no other association can map a part of"
                + " it", m, "U u;", U, UK, T);
    }

    @Test
    void mapsIdWithAValueNeedsAnEmbeddedId() {
        JavaFileObject e = entity("E", "@Id Long id;\n@OneToOne @MapsId(\"id\") T t;");
        assertError(INVALID + "@MapsId(\"...\") on E.t names an attribute of an @EmbeddedId, but the id E.id is a"
                + " single @Id; use @MapsId", e, "T t;", T);
    }

    @Test
    void mapsIdNeedsAnEmbeddedIdOrASingleId() {
        JavaFileObject e = entity("E", "@Id Long a;\n@Id Long b;\n@ManyToOne @MapsId T t;");
        assertError(INVALID + "@MapsId on E.t maps an attribute of an @EmbeddedId, or the single @Id, but E has"
                + " neither", e, "T t;", T);
    }

    @Test
    void onlyOneAssociationGivesASingleId() {
        JavaFileObject e = entity("E", "@Id Long id;\n@OneToOne @MapsId T first;\n@OneToOne @MapsId T second;");
        assertError(INVALID + "@MapsId on E.second: only one association can give the value of the single @Id E.id",
                e, "T second;", T);
    }

    @Test
    void aSharedIdIsNotGenerated() {
        JavaFileObject e = entity("E", "@Id @GeneratedValue Long id;\n@OneToOne @MapsId T t;");
        assertError(INVALID + "@GeneratedValue on E.id: its value comes from E.t (@MapsId)", e, "Long id;", T);
    }

    @Test
    void anEntityHasOneKindOfId() {
        JavaFileObject m = source("M", "@Entity\npublic class M { @EmbeddedId UK id; @Id Long other; }");
        assertError(INVALID + "the entity M has both @EmbeddedId and @Id fields; an entity has one identifier",
                m, "public class M", UK);
    }

    @Test
    void anEmbeddedIdNeedsAnEmbeddable() {
        JavaFileObject m = entity("M", "@EmbeddedId Long id;");
        assertError(INVALID + "@EmbeddedId on M.id needs an @Embeddable class, but its type is java.lang.Long", m,
                "Long id;");
    }

    @Test
    void anIdOfAnEmbeddableTypeIsUnsupported() {
        JavaFileObject p = entity("P", "@Id UK a;\n@Id Long b;");
        assertError(UNSUPPORTED + "the embeddable P.a as an @Id is not supported by schemac yet (an @Id of an"
                + " embeddable type; use @EmbeddedId)", p, "UK a;", UK);
    }

    @Test
    void anEmbeddableInsideItselfInAKey() {
        JavaFileObject node = source("Node", "@Embeddable public class Node implements java.io.Serializable {\n"
                + "    Long a;\n    Node child;\n}");
        assertError(INVALID + "M.child embeds Node inside itself", node, "Node child;",
                entity("M", "@EmbeddedId Node id;"));
    }

    @Test
    void generatedValuesInACompositeKeyAreUnsupported() {
        JavaFileObject p = entity("P", "@Id @GeneratedValue Long a;\n@Id Long b;");
        assertError(UNSUPPORTED + "@GeneratedValue on P.a is not supported by schemac yet (generated values in"
                + " composite primary keys)", p, "Long a;");
    }

    @Test
    void aKeyAssociationOwnsItsColumns() {
        JavaFileObject p = entity("P", "@Id @OneToOne(mappedBy = \"x\") T t;");
        assertError(INVALID + "P.t is part of the primary key, so it must own its join columns; remove mappedBy", p,
                "T t;", T);
    }

    @Test
    void aKeyDerivedFromItselfIsReported() {
        JavaFileObject a = source("A", "@Entity\npublic class A { @Id @OneToOne B b; }");
        assertErrors(3, INVALID + "the primary key of A is derived from itself: its @Id or @MapsId associations lead"
                + " back to A", a, "public class A", source("B", "@Entity public class B { @Id @OneToOne A a; }"));
    }

    @Test
    void aNamedPrimaryKeyJoinColumnIsUnsupported() {
        JavaFileObject e = entity("E", "@Id Long id;\n@OneToOne @PrimaryKeyJoinColumn(name = \"x\") T t;");
        assertError(UNSUPPORTED + "@PrimaryKeyJoinColumn on E.t is not supported by schemac yet (shared primary keys"
                + " other than a @OneToOne between single-column keys, naming no other columns than the keys)", e,
                "T t;", T);
    }
}
