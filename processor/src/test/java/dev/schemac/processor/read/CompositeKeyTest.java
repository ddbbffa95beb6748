package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.ForeignKey;
import dev.schemac.schema.Table;
import dev.schemac.schema.Unique;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Composite and derived primary keys, and foreign keys of several columns, as Hibernate 7 creates them on PostgreSQL
 * (each case checked against Hibernate's own DDL, and the identity fidelity corpus).
 */
class CompositeKeyTest {
    /** An embedded key whose declaration order (zed, abc) is also Hibernate's order: bigint before varchar(20). */
    private static final JavaFileObject U = source("U", "@Entity public class U { @EmbeddedId UK id; String name; }");
    private static final JavaFileObject UK = source("UK", """
            @Embeddable public class UK implements java.io.Serializable {
                long zed;
                @Column(length = 20) String abc;
            }
            """);
    private static final JavaFileObject T = source("T", "@Entity public class T { @Id Long id; }");

    @Test
    void severalIdsMakeAKeyInHibernatesOrderBySizeThenName() {
        Table table = read(source("A", """
                @Entity @IdClass(A.K.class) public class A {
                    @Id String zeta;
                    @Id Long alpha;
                    @Id @Column(length = 10) String beta;
                    @Id int gamma;
                    String name;
                    public static class K implements java.io.Serializable {
                        String zeta; Long alpha; String beta; int gamma;
                    }
                }
                """)).table("a");

        // int counts as 4 bytes, bigint 8, varchar(10) 10, varchar(255) as PostgreSQL's longest varchar
        assertEquals(List.of(column("gamma", INTEGER).notNull(), column("alpha", BIGINT).notNull(),
                column("beta", varchar(10)).notNull(), column("zeta", varchar(255)).notNull(),
                column("name", varchar(255))), table.columns());
        assertEquals(List.of("gamma", "alpha", "beta", "zeta"), table.primaryKey().columns());
    }

    @Test
    void anEmbeddedIdMapsItsAttributesWithOverrides() {
        Table table = read(source("V", """
                @Entity public class V {
                    @EmbeddedId @AttributeOverride(name = "abc", column = @Column(name = "code", length = 20)) UK id;
                }
                """), UK).table("v");

        assertEquals(List.of(column("zed", BIGINT).notNull(), column("code", varchar(20)).notNull()),
                table.columns());
        assertEquals(List.of("zed", "code"), table.primaryKey().columns());
    }

    @Test
    void aForeignKeyToACompositeKeyHasOneImplicitColumnPerKeyColumn() {
        Table table = read(U, UK, source("E", "@Entity public class E { @Id Long id; @ManyToOne U u; }"))
                .table("e");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("u_zed", BIGINT), column("u_abc", varchar(20))),
                table.columns());
        assertEquals(List.of("e_u_zed_u_abc_fkey (u_zed, u_abc) -> u (zed, abc)"), foreignKeys(table));
    }

    @Test
    void joinColumnsFollowTheTargetKeyInTheForeignKeyAndTheirOwnOrderInTheUnique() {
        Table table = read(U, UK, source("E", """
                @Entity public class E {
                    @Id Long id;
                    @OneToOne(optional = false)
                    @JoinColumns(value = {@JoinColumn(name = "q1", referencedColumnName = "abc"),
                            @JoinColumn(name = "q2", referencedColumnName = "zed")},
                            foreignKey = @ForeignKey(name = "fk_e_u"))
                    U u;
                    @ManyToOne
                    @JoinColumns(value = {@JoinColumn(name = "r1", referencedColumnName = "abc"),
                            @JoinColumn(name = "r2", referencedColumnName = "zed")},
                            foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    U noConstraint;
                }
                """)).table("e");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("q1", varchar(20)).notNull(),
                column("q2", BIGINT).notNull(), column("r1", varchar(20)), column("r2", BIGINT)), table.columns());
        assertEquals(List.of(new Unique("e_q1_q2_key", List.of("q1", "q2"))), table.uniques());
        assertEquals(List.of("fk_e_u (q2, q1) -> u (zed, abc)"), foreignKeys(table));
    }

    @Test
    void idAssociationsDeriveKeyColumnsFromTheirTargets() {
        Table table = read(U, UK, T, source("D", """
                @Entity @IdClass(D.K.class) public class D {
                    @Id @ManyToOne U owner;
                    @Id String code;
                    @Id @ManyToOne T t;
                    public static class K implements java.io.Serializable { UK owner; String code; Long t; }
                }
                """)).table("d");

        assertEquals(List.of("owner_zed", "t_id", "owner_abc", "code"), table.primaryKey().columns());
        assertEquals(List.of(column("owner_zed", BIGINT).notNull(), column("t_id", BIGINT).notNull(),
                column("owner_abc", varchar(20)).notNull(), column("code", varchar(255)).notNull()),
                table.columns());
        assertEquals(List.of("d_owner_zed_owner_abc_fkey (owner_zed, owner_abc) -> u (zed, abc)",
                "d_t_id_fkey (t_id) -> t (id)"), foreignKeys(table));
    }

    @Test
    void explicitJoinColumnsSortAsLongVarcharsInTheKey() {
        Table table = read(U, UK, source("X", """
                @Entity @IdClass(X.K.class) public class X {
                    @Id @ManyToOne
                    @JoinColumns({@JoinColumn(name = "ua", referencedColumnName = "abc"),
                            @JoinColumn(name = "uz", referencedColumnName = "zed")})
                    U u;
                    @Id @Column(length = 30) String c;
                    public static class K implements java.io.Serializable { UK u; String c; }
                }
                """)).table("x");

        // Hibernate orders the key before it copies the referenced length into ua, so ua counts as varchar(255)
        assertEquals(List.of("uz", "c", "ua"), table.primaryKey().columns());
        assertEquals(List.of("x_uz_ua_fkey (uz, ua) -> u (zed, abc)"), foreignKeys(table));
    }

    @Test
    void mapsIdGivesAnEmbeddedIdAttributeTheJoinColumns() {
        Table table = read(U, UK, T, source("M", """
                @Entity public class M {
                    @EmbeddedId MK id;
                    @ManyToOne @MapsId("tId") T t;
                    @ManyToOne @MapsId("user") U u;
                    int level;
                }
                """), source("MK", """
                @Embeddable public class MK implements java.io.Serializable { Long tId; UK user; String role; }
                """)).table("m");

        assertEquals(List.of("t_id", "u_zed", "u_abc", "role"), table.primaryKey().columns());
        assertEquals(List.of(column("t_id", BIGINT).notNull(), column("u_zed", BIGINT).notNull(),
                column("u_abc", varchar(20)).notNull(), column("role", varchar(255)).notNull(),
                column("level", INTEGER).notNull()), table.columns());
        assertEquals(List.of("m_t_id_fkey (t_id) -> t (id)", "m_u_zed_u_abc_fkey (u_zed, u_abc) -> u (zed, abc)"),
                foreignKeys(table));
    }

    @Test
    void mapsIdOnASingleIdSharesTheTargetsKey() {
        Table table = read(T, source("TP", """
                @Entity public class TP { @Id Long id; @OneToOne @MapsId T t; String bio; }
                """)).table("tp");

        assertEquals(List.of(column("t_id", BIGINT).notNull(), column("bio", varchar(255))), table.columns());
        assertEquals(List.of("t_id"), table.primaryKey().columns());
        assertEquals(List.of(), table.uniques());
        assertEquals(List.of("tp_t_id_fkey (t_id) -> t (id)"), foreignKeys(table));
    }

    @Test
    void aPrimaryKeyJoinColumnHasNoColumnAndAForeignKeyOnlyWhenRequired() {
        Reading reading = read(T, source("Optional", """
                @Entity public class Optional { @Id Long id; @OneToOne @PrimaryKeyJoinColumn T t; }
                """), source("Required", """
                @Entity public class Required {
                    @Id Long id;
                    @OneToOne(optional = false) @PrimaryKeyJoinColumn(name = "id", referencedColumnName = "id") T t;
                }
                """));

        assertEquals(List.of(column("id", BIGINT).notNull()), reading.table("optional").columns());
        assertEquals(List.of(), foreignKeys(reading.table("optional")));
        assertEquals(List.of(column("id", BIGINT).notNull()), reading.table("required").columns());
        assertEquals(List.of("required_id_fkey (id) -> t (id)"), foreignKeys(reading.table("required")));
    }

    @Test
    void anAssociationInsideAnEmbeddedIdIsAKeyColumnWithAForeignKey() {
        Table table = read(source("Tenant", "@Entity public class Tenant { @Id @Column(length = 32) String code; }"),
                source("TokenId", """
                        @Embeddable public class TokenId implements java.io.Serializable {
                            @ManyToOne Tenant tenant;
                            @Column(length = 12) String prefix;
                        }
                        """), source("Token", "@Entity public class Token { @EmbeddedId TokenId id; }")).table("token");

        assertEquals(List.of("prefix", "tenant_code"), table.primaryKey().columns());
        assertEquals(List.of("token_tenant_code_fkey (tenant_code) -> tenant (code)"), foreignKeys(table));
    }

    @Test
    void anAssociationOverrideRenamesAnInheritedAssociationsColumns() {
        Table table = read(U, UK, source("Audited", """
                @MappedSuperclass public abstract class Audited { @ManyToOne U createdBy; }
                """), source("Doc", """
                        @Entity
                        @AssociationOverride(name = "createdBy", joinColumns = {
                                @JoinColumn(name = "creator_zed", referencedColumnName = "zed"),
                                @JoinColumn(name = "creator_abc", referencedColumnName = "abc")},
                                foreignKey = @ForeignKey(name = "fk_doc_creator"))
                        public class Doc extends Audited { @Id Long id; }
                        """)).table("doc");

        assertEquals(List.of(column("creator_zed", BIGINT), column("creator_abc", varchar(20)),
                column("id", BIGINT).notNull()), table.columns());
        assertEquals(List.of("fk_doc_creator (creator_zed, creator_abc) -> u (zed, abc)"), foreignKeys(table));
    }

    @Test
    void keyColumnsTakeTheNamingStrategy() {
        Table table = read(NamingStyle.SPRING, T, source("Pair", """
                @Entity @IdClass(Pair.K.class) public class Pair {
                    @Id @ManyToOne T firstItem;
                    @Id Long secondItem;
                    public static class K implements java.io.Serializable { Long firstItem; Long secondItem; }
                }
                """)).table("pair");

        assertEquals(List.of("first_item_id", "second_item"), table.primaryKey().columns());
    }

    /** A key whose Hibernate order (mid, zed, abc) differs from its attributes' order by name (abc, mid, zed). */
    private static final JavaFileObject W = source("W", "@Entity public class W { @EmbeddedId WK id; }");
    private static final JavaFileObject WK = source("WK", """
            @Embeddable public class WK implements java.io.Serializable {
                long zed;
                @Column(length = 20) String abc;
                int mid;
            }
            """);

    @Test
    void aOneToOneIsUniqueOnItsColumnsInTheOrderHibernateBindsTheTargetKey() {
        Table table = read(W, WK, source("O", """
                @Entity public class O {
                    @Id Long id;
                    @OneToOne W w;
                    @OneToOne
                    @JoinColumns({@JoinColumn(name = "c3", referencedColumnName = "mid"),
                            @JoinColumn(name = "c1", referencedColumnName = "zed"),
                            @JoinColumn(name = "c2", referencedColumnName = "abc")})
                    W explicit;
                }
                """)).table("o");

        assertEquals(List.of(List.of("w_abc", "w_mid", "w_zed"), List.of("c2", "c3", "c1")),
                table.uniques().stream().map(Unique::columns).toList());
        assertEquals(List.of("o_w_mid_w_zed_w_abc_fkey (w_mid, w_zed, w_abc) -> w (mid, zed, abc)",
                "o_c3_c1_c2_fkey (c3, c1, c2) -> w (mid, zed, abc)"), foreignKeys(table));
    }

    @Test
    void aOneToOneThatIsTheWholeKeyOrdersItAsItsUniqueConstraint() {
        Reading reading = read(W, WK,
                source("P", "@Entity public class P { @EmbeddedId WK id; @OneToOne @MapsId W w; String x; }"),
                source("Q", "@Entity public class Q { @EmbeddedId WK id; @ManyToOne @MapsId W w; String x; }"),
                source("R", "@Entity public class R { @Id @OneToOne W w; String x; }"));

        assertEquals(List.of("w_abc", "w_mid", "w_zed"), reading.table("p").primaryKey().columns());
        assertEquals(List.of("w_mid", "w_zed", "w_abc"), reading.table("q").primaryKey().columns());
        assertEquals(List.of("w_abc", "w_mid", "w_zed"), reading.table("r").primaryKey().columns());
        assertEquals(List.of(), reading.table("p").uniques());
        assertEquals(List.of(column("w_abc", varchar(20)).notNull(), column("w_mid", INTEGER).notNull(),
                column("w_zed", BIGINT).notNull(), column("x", varchar(255))), reading.table("p").columns());
        assertEquals(List.of("p_w_mid_w_zed_w_abc_fkey (w_mid, w_zed, w_abc) -> w (mid, zed, abc)"),
                foreignKeys(reading.table("p")));
    }

    @Test
    void anEmbeddableInsideAnEmbeddedIdAddsItsColumnsToTheKey() {
        Reading reading = read(source("Inner", """
                @Embeddable public class Inner implements java.io.Serializable { int b; long a; }
                """), source("NK", """
                @Embeddable public class NK implements java.io.Serializable {
                    Inner inner;
                    @Column(length = 5) String code;
                }
                """), source("N", """
                @Entity public class N {
                    @EmbeddedId @AttributeOverride(name = "inner.b", column = @Column(name = "bee")) NK id;
                }
                """), source("O", "@Entity public class O { @Id Long id; @OneToOne N n; }"));

        assertEquals(List.of("bee", "code", "a"), reading.table("n").primaryKey().columns());
        // the unique constraint takes the binding order: code, then inner.a and inner.b
        assertEquals(List.of(List.of("n_code", "n_a", "n_bee")),
                reading.table("o").uniques().stream().map(Unique::columns).toList());
        assertEquals(List.of("o_n_bee_n_code_n_a_fkey (n_bee, n_code, n_a) -> n (bee, code, a)"),
                foreignKeys(reading.table("o")));
    }

    @Test
    void associationOverridesApplyToKeyAssociations() {
        JavaFileObject key = source("TK", """
                @Embeddable public class TK implements java.io.Serializable { @ManyToOne T t; String code; }
                """);
        Reading reading = read(T, key, source("A1", """
                @Entity
                @AssociationOverride(name = "id.t", joinColumns = @JoinColumn(name = "tee1"),
                        foreignKey = @ForeignKey(name = "fk_a1"))
                public class A1 { @EmbeddedId TK id; }
                """), source("A2", """
                @Entity public class A2 {
                    @EmbeddedId @AssociationOverride(name = "t", joinColumns = @JoinColumn(name = "tee2")) TK id;
                }
                """), source("Base", "@MappedSuperclass public abstract class Base { @Id @ManyToOne T t; }"),
                source("A3", """
                        @Entity @AssociationOverride(name = "t", joinColumns = @JoinColumn(name = "tee3"))
                        public class A3 extends Base { String x; }
                        """));

        assertEquals(List.of("tee1", "code"), reading.table("a1").primaryKey().columns());
        assertEquals(List.of("fk_a1 (tee1) -> t (id)"), foreignKeys(reading.table("a1")));
        assertEquals(List.of("tee2", "code"), reading.table("a2").primaryKey().columns());
        assertEquals(List.of("tee3"), reading.table("a3").primaryKey().columns());
        assertEquals(List.of("a3_tee3_fkey (tee3) -> t (id)"), foreignKeys(reading.table("a3")));
    }

    private static List<String> foreignKeys(Table table) {
        return table.foreignKeys().stream().map(CompositeKeyTest::describe).toList();
    }

    private static String describe(ForeignKey key) {
        return key.name() + " (" + String.join(", ", key.columns()) + ") -> " + key.target().name() + " ("
                + String.join(", ", key.targetColumns()) + ")";
    }
}
