package content;

import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** Embedded in a property-access entity and without @Access of its own: its getters are its attributes. */
@Embeddable
public class Schedule {
    private DayOfWeek sendOn;
    private LocalTime sendAt;

    public DayOfWeek getSendOn() {
        return sendOn;
    }

    public void setSendOn(DayOfWeek sendOn) {
        this.sendOn = sendOn;
    }

    public LocalTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(LocalTime sendAt) {
        this.sendAt = sendAt;
    }
}
