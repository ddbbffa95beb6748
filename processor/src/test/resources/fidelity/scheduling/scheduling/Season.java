package scheduling;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A season of the year: one generic embeddable with two type arguments, and an enum declared inside. */
@Entity
public class Season {
    /** How busy a season is; the constant bodies do not change how the enum is stored. */
    public enum Load {
        QUIET {
            @Override
            int staffFactor() {
                return 1;
            }
        },
        BUSY {
            @Override
            int staffFactor() {
                return 2;
            }
        };

        abstract int staffFactor();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, length = 40)
    String name;

    @AttributeOverride(name = "first", column = @Column(name = "starts_on", nullable = false))
    @AttributeOverride(name = "last", column = @Column(name = "ends_on", nullable = false))
    Span<LocalDate> dates;

    @AttributeOverride(name = "first", column = @Column(name = "first_week"))
    @AttributeOverride(name = "last", column = @Column(name = "last_week"))
    Span<Integer> weeks;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    Load load;
}
