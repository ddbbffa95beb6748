package clinic;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One result line of a lab order: an embedded id whose order part maps the association, and a check. */
@Entity
@Table(check = @CheckConstraint(name = "lab_result_has_value",
        constraint = "value_text is not null or numeric_value is not null"))
public class LabResult {
    @EmbeddedId
    LabResultId id;

    @MapsId("labOrderId")
    @ManyToOne
    LabOrder labOrder;

    @Column(name = "value_text", length = 200)
    String valueText;

    @Column(name = "numeric_value", precision = 12, scale = 4)
    BigDecimal numericValue;

    @Column(length = 16)
    String unit;
}
