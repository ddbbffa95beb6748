package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a medication. */
@Embeddable
public class MedicationCode implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(length = 7)
    String atcCode;

    @Column(length = 20)
    String strength;

    @Override
    public boolean equals(Object o) {
        return o instanceof MedicationCode other && Objects.equals(atcCode, other.atcCode)
                && Objects.equals(strength, other.strength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(atcCode, strength);
    }
}
