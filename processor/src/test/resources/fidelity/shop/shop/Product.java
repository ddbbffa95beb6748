package shop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A product: an explicit sequence generator, numbers of every kind, large objects and indexes. */
@Entity
@Table(name = "products", indexes = {
        @Index(columnList = "category_id"),
        @Index(name = "products_name_price_idx", columnList = "name, unitPrice desc")
})
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
    @SequenceGenerator(name = "product_ids", sequenceName = "product_id_seq", initialValue = 1000,
            allocationSize = 20)
    long id;

    @Column(nullable = false, unique = true, length = 40)
    String sku;

    String name;

    @Lob
    String description;

    @Column(precision = 12, scale = 2, nullable = false)
    BigDecimal unitPrice;

    BigDecimal weightKg;

    BigInteger barcode;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    ProductStatus status;

    @ManyToOne(optional = false)
    Category category;

    byte[] thumbnail;

    @Lob
    byte[] datasheet;

    int stock;

    Integer reorderLevel;

    float rating;

    Double discountRate;

    @Basic(optional = false)
    Boolean taxable;

    @Version
    Integer version;
}
