package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.UUID;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Owning {@code @ManyToOne} and {@code @OneToOne}: join columns, foreign keys, uniques (probe scenario s08). */
class AssociationTest {
    private static final JavaFileObject PARENT = source("Parent",
            "@Entity public class Parent { @Id @GeneratedValue Long id; String name; }");

    @Test
    void manyToOneIsAJoinColumnWithAForeignKey() {
        Table child = read(PARENT, source("Child", """
                @Entity public class Child {
                    @Id Long id;
                    @ManyToOne Parent parent;
                    @ManyToOne(optional = false) Parent requiredParent;
                    @ManyToOne @JoinColumn(name = "x", nullable = false) Parent explicitParent;
                    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(foreignKey = @ForeignKey(name = "FK_Named"))
                    Parent namedFk;
                    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Parent noFk;
                    @ManyToOne @JoinColumn(unique = true) Parent uniqueParent;
                    @ManyToOne Child selfRef;
                }
                """)).table("child");

        assertEquals(Table.table("child")
                .column(column("id", BIGINT).notNull())
                .column(column("parent_id", BIGINT))
                .column(column("requiredparent_id", BIGINT).notNull())
                .column(column("x", BIGINT).notNull())
                .column(column("namedfk_id", BIGINT))
                .column(column("nofk_id", BIGINT))
                .column(column("uniqueparent_id", BIGINT))
                .column(column("selfref_id", BIGINT))
                .primaryKey("child_pkey", "id")
                .unique("child_uniqueparent_id_key", "uniqueparent_id")
                .foreignKey(foreignKey("child_parent_id_fkey", "parent_id").references("parent", "id"))
                .foreignKey(foreignKey("child_requiredparent_id_fkey", "requiredparent_id").references("parent", "id"))
                .foreignKey(foreignKey("child_x_fkey", "x").references("parent", "id"))
                .foreignKey(foreignKey("fk_named", "namedfk_id").references("parent", "id"))
                .foreignKey(foreignKey("child_uniqueparent_id_fkey", "uniqueparent_id").references("parent", "id"))
                .foreignKey(foreignKey("child_selfref_id_fkey", "selfref_id").references("child", "id")), child);
    }

    @Test
    void oneToOneIsAlwaysUniqueAndTheInverseSideHasNoColumn() {
        Reading reading = read(source("Owner", """
                @Entity public class Owner {
                    @Id Long id;
                    @OneToOne(mappedBy = "owner") Detail detail;
                }
                """), source("Detail", """
                @Entity public class Detail {
                    @Id Long id;
                    @OneToOne Owner owner;
                    @OneToOne(optional = false) @JoinColumn(unique = false) Owner required;
                }
                """));

        assertEquals(List.of(column("id", BIGINT).notNull()), reading.table("owner").columns());
        assertEquals(Table.table("detail")
                .column(column("id", BIGINT).notNull())
                .column(column("owner_id", BIGINT))
                .column(column("required_id", BIGINT).notNull())
                .primaryKey("detail_pkey", "id")
                .unique("detail_owner_id_key", "owner_id")
                .unique("detail_required_id_key", "required_id")
                .foreignKey(foreignKey("detail_owner_id_fkey", "owner_id").references("owner", "id"))
                .foreignKey(foreignKey("detail_required_id_fkey", "required_id").references("owner", "id")),
                reading.table("detail"));
    }

    @Test
    void theJoinColumnCopiesTheTargetKeyTypeAndName() {
        Table ref = read(source("StrKey", "@Entity public class StrKey { @Id @Column(length = 20) String code; }"),
                source("UuidKey", "@Entity public class UuidKey { @Id @GeneratedValue UUID id; }"),
                source("CamelId", "@Entity public class CamelId { @Id @Column(name = \"targetId\") Long targetId; }"),
                source("Ref", """
                        @Entity public class Ref {
                            @Id Long id;
                            @ManyToOne StrKey strRef;
                            @ManyToOne UuidKey uuidRef;
                            @ManyToOne CamelId camelTarget;
                            @ManyToOne @JoinColumn(referencedColumnName = "code") StrKey byName;
                            @ManyToOne(targetEntity = StrKey.class) Object untyped;
                        }
                        """)).table("ref");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("strref_code", varchar(20)),
                column("uuidref_id", UUID), column("cameltarget_targetid", BIGINT), column("byname_code", varchar(20)),
                column("untyped_code", varchar(20))), ref.columns());
        assertEquals(List.of("strkey", "uuidkey", "camelid", "strkey", "strkey"),
                ref.foreignKeys().stream().map(k -> k.target().name()).toList());
        assertEquals(List.of("targetid"), ref.foreignKeys().get(2).targetColumns());
    }

    @Test
    void aJoinColumnToAQuotedTargetIsQuoted() {
        Reading reading = read(NamingStyle.SPRING,
                source("QuotedTable", "@Entity @Table(name = \"\\\"MixedCase\\\"\") public class QuotedTable { @Id Long id; }"),
                source("Ref", "@Entity public class Ref { @Id Long id; @ManyToOne QuotedTable quotedRef; }"));

        assertEquals(column("quotedRef_id", BIGINT), reading.table("ref").findColumn("quotedRef_id").orElseThrow());
        assertEquals("MixedCase", reading.table("ref").foreignKeys().get(0).target().name());
    }

    @Test
    void springNamingSnakeCasesJoinColumns() {
        Table child = read(NamingStyle.SPRING, source("CamelIdTarget",
                "@Entity public class CamelIdTarget { @Id @Column(name = \"targetId\") Long targetId; }"),
                source("Child", "@Entity public class Child { @Id Long id; @ManyToOne CamelIdTarget camelTarget; }"))
                .table("child");

        assertEquals(column("camel_target_target_id", BIGINT), child.columns().get(1));
        assertEquals(foreignKey("child_camel_target_target_id_fkey", "camel_target_target_id")
                .references("camel_id_target", "target_id"), child.foreignKeys().get(0));
    }

    @Test
    void aReadOnlyAssociationMaySharePlainColumn() {
        Table child = read(PARENT, source("Child", """
                @Entity public class Child {
                    @Id Long id;
                    @Column(name = "parent_id") Long parentId;
                    @ManyToOne @JoinColumn(name = "parent_id", insertable = false, updatable = false) Parent parent;
                }
                """)).table("child");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("parent_id", BIGINT)), child.columns());
        assertEquals(List.of(foreignKey("child_parent_id_fkey", "parent_id").references("parent", "id")),
                child.foreignKeys());
    }

    @Test
    void columnOriginsPointAtTheField() {
        Reading reading = read(PARENT, source("Child", "@Entity public class Child { @Id Long id; @ManyToOne Parent parent; }"));
        var origin = reading.result().origins()
                .ofColumn(new dev.schemac.schema.ColumnRef(reading.table("child").name(), "parent_id")).orElseThrow();
        assertEquals("Child.parent", origin.path());
        assertEquals("parent", origin.element().getSimpleName().toString());
    }
}
