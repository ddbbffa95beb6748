package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.time.LocalTime;

/** A shift: a class-level generator whose sequence lives in another schema. */
@Entity
@SequenceGenerator(name = "shift_gen", sequenceName = "shift_seq", schema = "planning", allocationSize = 25)
public class Shift {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shift_gen")
    Long id;

    @ManyToOne(optional = false)
    Employee employee;

    LocalDate day;

    LocalTime startsAt;

    LocalTime endsAt;

    @Column(secondPrecision = 3)
    LocalTime clockedInAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    ShiftKind kind;

    Priority priority;
}
