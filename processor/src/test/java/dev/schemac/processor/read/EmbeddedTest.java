package dev.schemac.processor.read;

import static dev.schemac.processor.read.ReadHarness.read;
import static dev.schemac.processor.read.ReadHarness.source;
import static dev.schemac.schema.Column.column;
import static dev.schemac.schema.ColumnType.BIGINT;
import static dev.schemac.schema.ColumnType.DOUBLE_PRECISION;
import static dev.schemac.schema.ColumnType.INTEGER;
import static dev.schemac.schema.ColumnType.SMALLINT;
import static dev.schemac.schema.ColumnType.numeric;
import static dev.schemac.schema.ColumnType.varchar;
import static dev.schemac.schema.ForeignKey.foreignKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.read.ReadHarness.Reading;
import dev.schemac.schema.ColumnRef;
import dev.schemac.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Embeddables expanded in place, nested, with overrides (probe scenario s09). */
class EmbeddedTest {
    private static final JavaFileObject GEO = source("Geo",
            "@Embeddable public class Geo { double latitude; Double longitudeValue; }");
    private static final JavaFileObject ADDRESS = source("Address", """
            @Embeddable public class Address {
                String street;
                int houseNumber;
                @Column(nullable = false) String city;
                @Column(name = "country_code", length = 2) String countryCode;
                @Embedded Geo geo;
            }
            """);

    @Test
    void embeddedColumnsTakeTheirOwnNamesAndPrimitivesThereAreNullable() {
        Table customer = read(GEO, ADDRESS, source("Customer", """
                @Entity public class Customer {
                    @Id Long id;
                    String name;
                    @Embedded Address homeAddress;
                }
                """)).table("customer");

        assertEquals(Table.table("customer")
                .column(column("id", BIGINT).notNull())
                .column(column("name", varchar(255)))
                .column(column("street", varchar(255)))
                .column(column("housenumber", INTEGER))
                .column(column("city", varchar(255)).notNull())
                .column(column("country_code", varchar(2)))
                .column(column("latitude", DOUBLE_PRECISION))
                .column(column("longitudevalue", DOUBLE_PRECISION))
                .primaryKey("customer_pkey", "id"), customer);
    }

    @Test
    void overridesReplaceTheWholeColumnAtAnyDepth() {
        Table customer = read(NamingStyle.SPRING, GEO, ADDRESS, source("Customer", """
                @Entity public class Customer {
                    @Id Long id;
                    @Embedded
                    @AttributeOverrides({
                        @AttributeOverride(name = "street", column = @Column(name = "bill_street")),
                        @AttributeOverride(name = "houseNumber", column = @Column(name = "bill_house", nullable = false)),
                        @AttributeOverride(name = "city", column = @Column(name = "bill_city")),
                        @AttributeOverride(name = "countryCode", column = @Column(name = "bill_country")),
                        @AttributeOverride(name = "geo.latitude", column = @Column(name = "billLat"))
                    })
                    Address billingAddress;
                }
                """)).table("customer");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("bill_street", varchar(255)),
                column("bill_house", INTEGER).notNull(), column("bill_city", varchar(255)),
                column("bill_country", varchar(255)), column("bill_lat", DOUBLE_PRECISION),
                column("longitude_value", DOUBLE_PRECISION)), customer.columns());
    }

    @Test
    void anEmbeddableClassIsEmbeddedWithoutEmbeddedAndOverridesMayRepeat() {
        Table invoice = read(source("Money", "@Embeddable public class Money { BigDecimal amount; String currencyCode; }"),
                source("Invoice", """
                        @Entity public class Invoice {
                            @Id Long id;
                            Money total;
                            @AttributeOverride(name = "amount",
                                    column = @Column(name = "tax_amount", precision = 10, scale = 2, nullable = false))
                            @AttributeOverride(name = "currencyCode", column = @Column(name = "tax_currency", length = 3))
                            Money tax;
                        }
                        """)).table("invoice");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("amount", numeric(38, 2)),
                column("currencycode", varchar(255)), column("tax_amount", numeric(10, 2)).notNull(),
                column("tax_currency", varchar(3))), invoice.columns());
    }

    @Test
    void anOuterOverrideWinsOverAnInnerOne() {
        Table place = read(GEO, source("Spot", """
                @Embeddable public class Spot {
                    @AttributeOverride(name = "latitude", column = @Column(name = "inner_lat")) Geo geo;
                }
                """), source("Place", """
                @Entity
                @AttributeOverride(name = "spot.geo.latitude", column = @Column(name = "outer_lat"))
                public class Place { @Id Long id; Spot spot; }
                """)).table("place");

        assertEquals(List.of("id", "outer_lat", "longitudevalue"),
                place.columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void embeddablesMayHoldEnumsUniquesAndAssociations() {
        Table owner = read(source("Target", "@Entity public class Target { @Id @Column(name = \"pk\") Long id; }"),
                source("Shade", "public enum Shade { A, B }"),
                source("Holder", """
                        @Embeddable public class Holder {
                            @ManyToOne Target target;
                            @Basic(optional = false) String must;
                            Shade shade;
                            @Column(unique = true) String uniq;
                        }
                        """),
                source("Owner", "@Entity public class Owner { @Id Long id; Holder holder; }")).table("owner");

        assertEquals(Table.table("owner")
                .column(column("id", BIGINT).notNull())
                .column(column("target_pk", BIGINT))
                .column(column("must", varchar(255)).notNull())
                .column(column("shade", SMALLINT))
                .column(column("uniq", varchar(255)))
                .primaryKey("owner_pkey", "id")
                .unique("owner_uniq_key", "uniq")
                .check("owner_shade_check", "shade between 0 and 1")
                .foreignKey(foreignKey("owner_target_pk_fkey", "target_pk").references("target", "pk")), owner);
    }

    @Test
    void aRecordMayBeEmbeddable() {
        Table table = read(source("Range", "@Embeddable public record Range(int low, Integer high) { }"),
                source("Bucket", "@Entity public class Bucket { @Id Long id; Range range; }")).table("bucket");

        assertEquals(List.of(column("id", BIGINT).notNull(), column("low", INTEGER), column("high", INTEGER)),
                table.columns());
    }

    @Test
    void columnsRememberTheDeepestDeclaringField() {
        Reading reading = read(GEO, ADDRESS, source("Customer", "@Entity public class Customer { @Id Long id; Address home; }"));
        var origin = reading.result().origins()
                .ofColumn(new ColumnRef(reading.table("customer").name(), "latitude")).orElseThrow();

        assertEquals("Customer.home.geo.latitude", origin.path());
        assertEquals("Geo", origin.element().getEnclosingElement().getSimpleName().toString());
    }
}
