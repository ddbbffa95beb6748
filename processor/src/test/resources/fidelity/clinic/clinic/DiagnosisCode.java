package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A coded diagnosis, such as an ICD-10 code. */
@Embeddable
public class DiagnosisCode {
    @Column(length = 10, nullable = false)
    String code;

    @Column(length = 12)
    String codeSystem;

    boolean primaryDiagnosis;
}
