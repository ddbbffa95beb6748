package clinic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A patient's insurance: the coverage period's columns renamed. */
@Entity
public class InsurancePolicy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 30)
    String policyNumber;

    @ManyToOne(optional = false)
    Patient holder;

    @AttributeOverrides({
            @AttributeOverride(name = "validFrom", column = @Column(name = "coverage_start", nullable = false)),
            @AttributeOverride(name = "validTo", column = @Column(name = "coverage_end"))
    })
    Period coverage;

    @Column(name = "copay_percent", precision = 5, scale = 2,
            check = @CheckConstraint(constraint = "copay_percent between 0 and 100"))
    BigDecimal copayPercent;

    Insurer insurer;
}
