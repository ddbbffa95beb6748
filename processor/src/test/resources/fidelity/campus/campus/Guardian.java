package campus;

import jakarta.persistence.*;

/** A parent or guardian of a student. */
@Entity
public class Guardian {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 150)
    String fullName;

    @Column(length = 20)
    String phone;

    @ManyToOne(optional = false)
    Student ward;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    Relation relation;
}
