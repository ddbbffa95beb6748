package campus;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.UUID;

/** A student, mapped through its getters (property access, because @Id is on a getter), with a UUID id. */
@Entity
public class Student {
    private UUID id;
    private String studentNumber;
    private String fullName;
    private LocalDate enrolledOn;
    private StudentStatus status;
    private boolean international;

    @Id
    @GeneratedValue
    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Column(nullable = false, unique = true, length = 12)
    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    @Column(nullable = false, length = 150)
    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public StudentStatus getStatus() {
        return status;
    }

    public void setStatus(StudentStatus status) {
        this.status = status;
    }

    public boolean isInternational() {
        return international;
    }

    public void setInternational(boolean international) {
        this.international = international;
    }

    @Transient
    public String getDisplayName() {
        return fullName + " (" + studentNumber + ")";
    }
}
