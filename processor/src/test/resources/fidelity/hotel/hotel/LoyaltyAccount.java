package hotel;

import jakarta.persistence.*;
import java.time.Year;

/** A guest's loyalty account, one per guest. */
@Entity
public class LoyaltyAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "guest_id")
    Guest guest;

    long points;

    Year memberSince;
}
