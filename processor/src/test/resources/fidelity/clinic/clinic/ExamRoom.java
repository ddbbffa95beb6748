package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A room of a clinic: a composite key of the clinic and the room number (@IdClass with a derived part). */
@Entity
@IdClass(ExamRoomId.class)
public class ExamRoom {
    @Id
    @ManyToOne
    @JoinColumn(name = "clinic_id")
    Clinic clinic;

    @Id
    @Column(name = "room_number", length = 8)
    String roomNumber;

    short floor;

    boolean wheelchairAccessible;
}
