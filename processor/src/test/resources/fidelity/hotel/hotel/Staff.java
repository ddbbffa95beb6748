package hotel;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/** A member of staff, with a legacy last-login timestamp. */
@Entity
public class Staff {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 150)
    String fullName;

    @ManyToOne
    Hotel hotel;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    StaffRole role;

    LocalDate hiredOn;

    @Column(precision = 6, scale = 2)
    BigDecimal hourlyWage;

    @Temporal(TemporalType.TIMESTAMP)
    Date lastLogin;

    Character shiftCode;
}
