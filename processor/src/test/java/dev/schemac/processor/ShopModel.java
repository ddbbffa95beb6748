package dev.schemac.processor;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A small shop as a user writes it, in package {@code shop}: a mapped superclass, an embeddable, an enum, sequence
 * and identity ids, a many-to-one and {@code @Table} indexes and uniques; then the same shop one release later.
 */
public final class ShopModel {
    public static final String AUDITABLE = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.MappedSuperclass;
            import jakarta.persistence.Version;
            import java.time.Instant;

            /** Columns every shop table has. */
            @MappedSuperclass
            public abstract class Auditable {
                @Column(nullable = false)
                private Instant createdAt;

                @Version
                private long version;
            }
            """;

    public static final String ADDRESS = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Embeddable;

            /** A postal address, stored in the columns of whoever embeds it. */
            @Embeddable
            public class Address {
                @Column(length = 80)
                private String street;

                @Column(length = 40)
                private String city;

                @Column(length = 2)
                private String country;
            }
            """;

    public static final String CUSTOMER_STATUS = """
            package shop;

            /** Whether a customer may order. */
            public enum CustomerStatus {
                ACTIVE, BLOCKED
            }
            """;

    public static final String CUSTOMER = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Embedded;
            import jakarta.persistence.Entity;
            import jakarta.persistence.EnumType;
            import jakarta.persistence.Enumerated;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.Index;
            import jakarta.persistence.SequenceGenerator;
            import jakarta.persistence.Table;
            import jakarta.persistence.UniqueConstraint;

            /** Someone who buys. */
            @Entity
            @Table(uniqueConstraints = @UniqueConstraint(columnNames = "email"),
                    indexes = @Index(columnList = "name"))
            public class Customer extends Auditable {
                @Id
                @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
                @SequenceGenerator(name = "customer_ids", sequenceName = "customer_seq", allocationSize = 20)
                private Long id;

                @Column(nullable = false, length = 120)
                private String name;

                @Column(nullable = false)
                private String email;

                @Embedded
                private Address address;

                @Enumerated(EnumType.STRING)
                @Column(nullable = false, length = 16)
                private CustomerStatus status;

                private String phone;

                public String greeting() {
                    return "Hello " + name;
                }
            }
            """;

    public static final String PRODUCT = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import java.math.BigDecimal;

            /** Something for sale. */
            @Entity
            public class Product {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Column(nullable = false, length = 100)
                private String name;

                @Column(precision = 10, scale = 2)
                private BigDecimal price;
            }
            """;

    public static final String PURCHASE = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.Index;
            import jakarta.persistence.ManyToOne;
            import jakarta.persistence.Table;
            import java.time.Instant;

            /** An order; "order" is a reserved word, hence the table name. */
            @Entity
            @Table(name = "orders",
                    indexes = @Index(name = "orders_placed_idx", columnList = "customer_id, placedAt DESC"))
            public class Purchase extends Auditable {
                @Id
                @GeneratedValue
                private Long id;

                @ManyToOne(optional = false)
                private Customer customer;

                @ManyToOne
                private Product product;

                @Column(nullable = false)
                private Instant placedAt;

                private int quantity;
            }
            """;

    /** Release 2: {@code phone} removed, {@code loyaltyCode} added. */
    public static final String CUSTOMER_2 = edit(CUSTOMER, """
                    private String phone;
                """, """
                    @Column(length = 32)
                    private String loyaltyCode;
                """);

    /** Release 2: a longer product name. */
    public static final String PRODUCT_2 = edit(PRODUCT, "length = 100", "length = 200");

    /** Release 2: a new entity. */
    public static final String REVIEW = """
            package shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.ManyToOne;

            /** What a customer thinks of a product. */
            @Entity
            public class Review {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @ManyToOne(optional = false)
                private Product product;

                private int stars;

                @Column(length = 2000)
                private String text;
            }
            """;

    private ShopModel() {
    }

    /** {@code source} with {@code from} replaced; fails when it does not occur, so that an edit is never lost. */
    public static String edit(String source, String from, String to) {
        if (!source.contains(from)) {
            throw new IllegalArgumentException("not in the source: " + from);
        }
        return source.replace(from, to);
    }

    /** The first release, by simple class name. */
    public static Map<String, String> release1() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("Auditable", AUDITABLE);
        sources.put("Address", ADDRESS);
        sources.put("CustomerStatus", CUSTOMER_STATUS);
        sources.put("Customer", CUSTOMER);
        sources.put("Product", PRODUCT);
        sources.put("Purchase", PURCHASE);
        return sources;
    }

    /** The second release, by simple class name. */
    public static Map<String, String> release2() {
        Map<String, String> sources = release1();
        sources.put("Customer", CUSTOMER_2);
        sources.put("Product", PRODUCT_2);
        sources.put("Review", REVIEW);
        return sources;
    }

    /** The sources as compile-testing files. */
    public static JavaFileObject[] files(Map<String, String> sources) {
        return sources.entrySet().stream()
                .map(e -> JavaFileObjects.forSourceString("shop." + e.getKey(), e.getValue()))
                .toArray(JavaFileObject[]::new);
    }

    /** One source as a compile-testing file. */
    public static JavaFileObject file(String simpleName, String source) {
        return JavaFileObjects.forSourceString("shop." + simpleName, source);
    }

    /** Writes the sources into {@code sourceRoot/shop}, as they lie in a project. */
    public static void writeTo(Path sourceRoot, Map<String, String> sources) throws IOException {
        Path dir = Files.createDirectories(sourceRoot.resolve("shop"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".java"), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
