package clinic;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a lab result: its order and line. */
@Embeddable
public class LabResultId implements Serializable {
    private static final long serialVersionUID = 1L;

    Long labOrderId;
    short lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof LabResultId other && Objects.equals(labOrderId, other.labOrderId)
                && lineNo == other.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(labOrderId, lineNo);
    }
}
