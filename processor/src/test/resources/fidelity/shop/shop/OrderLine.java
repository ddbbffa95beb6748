package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/** A line of an order: SEQUENCE without a generator, a two-column unique constraint, a column mapped twice. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "order_line_number_uk", columnNames = {"order_id", "line_no"}))
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    // the order's key without loading it; the association writes the column
    @Column(name = "order_id", insertable = false, updatable = false)
    Long orderId;

    @ManyToOne(optional = false)
    PurchaseOrder order;

    @ManyToOne
    @JoinColumn(name = "product_id", nullable = false)
    Product product;

    @Column(name = "line_no")
    short lineNumber;

    int quantity;

    @Column(precision = 12, scale = 2)
    BigDecimal unitPrice;

    @Column(precision = 5)
    BigDecimal discountPercent;
}
