package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: DiagnosisCode. */
@Embeddable
public class DiagnosisCode {
    @Column(length = 10, nullable = false) String code;
    @Column(length = 12) String codeSystem;
    boolean primaryDiagnosis;
}
