package logistics;

import jakarta.persistence.*;

/** A sorting hub with a location. */
@Entity
public class Hub {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 8)
    String code;

    Location location;

    int dailyCapacity;
}
