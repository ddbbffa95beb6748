package campus;

import jakarta.persistence.*;
import java.time.LocalTime;

/** When an instructor receives students on a day. */
@Embeddable
public class OfficeHours {
    LocalTime opensAt;

    LocalTime closesAt;

    @Column(length = 20)
    String room;
}
