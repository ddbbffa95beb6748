package scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.time.Year;

/** A public holiday: AUTO on an Integer id takes the package's generator, as Hibernate does. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"day", "region"}))
public class Holiday {
    @Id
    @GeneratedValue(strategy = GenerationType.AUTO)
    Integer id;

    @Column(nullable = false)
    LocalDate day;

    @Column(length = 8)
    String region;

    Year year;

    @Column(length = 120)
    String name;

    boolean halfDay;
}
