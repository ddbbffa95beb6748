package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** Opening hours of one day. */
@Embeddable
public class TimeWindow {
    @Column(name = "opens")
    LocalTime opensAt;

    @Column(name = "closes")
    LocalTime closesAt;

    boolean closed;
}
