package logistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of a fuel log. */
public class FuelLogId implements Serializable {
    private static final long serialVersionUID = 1L;

    Long vehicleId;
    LocalDate day;

    @Override
    public boolean equals(Object o) {
        return o instanceof FuelLogId other && Objects.equals(vehicleId, other.vehicleId)
                && Objects.equals(day, other.day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vehicleId, day);
    }
}
