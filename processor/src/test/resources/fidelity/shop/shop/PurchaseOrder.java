package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order: "order" is reserved in PostgreSQL, so the table is named. */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {
    static int created;

    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    Customer customer;

    OrderStatus status;

    Instant placedAt;

    LocalDate deliveryDate;

    @Column(precision = 14, scale = 2)
    BigDecimal total;

    @Column(length = 3, nullable = false)
    String currency;

    @OneToOne(mappedBy = "order")
    Payment payment;

    @Transient
    BigDecimal cachedTax;

    transient boolean dirty;
}
