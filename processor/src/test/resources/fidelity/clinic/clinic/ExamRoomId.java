package clinic;

import java.io.Serializable;
import java.util.Objects;

/** The key of an exam room. */
public class ExamRoomId implements Serializable {
    private static final long serialVersionUID = 1L;

    Long clinic;
    String roomNumber;

    @Override
    public boolean equals(Object o) {
        return o instanceof ExamRoomId other && Objects.equals(clinic, other.clinic)
                && Objects.equals(roomNumber, other.roomNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clinic, roomNumber);
    }
}
