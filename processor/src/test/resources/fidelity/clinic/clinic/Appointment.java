package clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;

/** An appointment in a room, referenced by the room's two key columns. */
@Entity
public class Appointment {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Patient patient;

    @ManyToOne
    Practitioner practitioner;

    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "room_clinic_id", referencedColumnName = "clinic_id"),
            @JoinColumn(name = "room_number", referencedColumnName = "room_number")
    })
    ExamRoom room;

    @NotNull
    LocalDateTime startsAt;

    Duration plannedDuration;

    AppointmentStatus status;

    @Size(max = 500)
    String reason;
}
