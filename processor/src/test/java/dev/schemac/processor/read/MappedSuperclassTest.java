package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.timestamptz;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.Sequence.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mapped superclass chains: their fields come first, the top-most first (probe scenario s10). */
class MappedSuperclassTest {
    @Test
    void superclassFieldsComeFirstTopMostFirst() {
        Reading reading = read(source("BaseEntity", """
                @MappedSuperclass public abstract class BaseEntity {
                    @Id @GeneratedValue Long id;
                    @Version Long version;
                }
                """), source("Plain", "public abstract class Plain extends BaseEntity { String notMapped; }"),
                source("Auditable", """
                        @MappedSuperclass public abstract class Auditable extends Plain {
                            Instant createdAt;
                            String createdBy;
                        }
                        """), source("Product", """
                        @Entity public class Product extends Auditable {
                            String name;
                            BigDecimal price;
                            int stock;
                        }
                        """));

        assertEquals(Table.table("product")
                .column(column("id", BIGINT).notNull())
                .column(column("version", BIGINT).notNull())
                .column(column("createdat", timestamptz(6)))
                .column(column("createdby", varchar(255)))
                .column(column("name", varchar(255)))
                .column(column("price", numeric(38, 2)))
                .column(column("stock", INTEGER).notNull())
                .primaryKey("product_pkey", "id"), reading.table("product"));
        assertEquals(List.of(sequence("product_seq", 1, 50)), reading.model().sequences());
        assertEquals("Product.createdAt", reading.result().origins()
                .ofColumn(new ColumnRef(reading.table("product").name(), "createdat")).orElseThrow().path());
    }

    @Test
    void typeVariablesOfGenericSuperclassesAreResolved() {
        Table table = read(source("Gen", "@MappedSuperclass public abstract class Gen<ID, V> { @Id ID id; V value1; }"),
                source("Concrete", "@Entity public class Concrete extends Gen<Integer, BigDecimal> { }"))
                .table("concrete");

        assertEquals(List.of(column("id", INTEGER).notNull(), column("value1", numeric(38, 2))), table.columns());
    }

    @Test
    void theEntityMayOverrideSuperclassColumns() {
        Table table = read(source("Base", """
                @MappedSuperclass public abstract class Base { @Id @Column(name = "pk") Long id; String baseName; }
                """), source("Owner", """
                @Entity
                @AttributeOverride(name = "baseName", column = @Column(name = "owner_name", length = 40))
                @AttributeOverride(name = "id", column = @Column(name = "owner_id"))
                public class Owner extends Base { }
                """), source("Ref", "@Entity public class Ref { @Id Long id; @ManyToOne Owner owner; }"))
                .table("owner");

        assertEquals(Table.table("owner")
                .column(column("owner_id", BIGINT).notNull())
                .column(column("owner_name", varchar(40)))
                .primaryKey("owner_pkey", "owner_id"), table);
    }
}
