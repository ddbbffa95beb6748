package billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money that came in; all methods of payment share one table. */
@Entity
@Table(name = "payments", indexes = {@Index(columnList = "paidOn"), @Index(columnList = "method, iban")})
@DiscriminatorColumn(name = "method", length = 16)
public abstract class Payment {
    @Id @GeneratedValue Long id;
    @Version int version;
    @Column(nullable = false, precision = 19, scale = 2) BigDecimal amount;
    @ManyToOne(optional = false) Account account;
    LocalDate paidOn;
}
