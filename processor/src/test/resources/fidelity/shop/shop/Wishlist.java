package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's named wish list; shared lists are found by their public token. */
@Entity
@Table(indexes = @Index(columnList = "shareToken", unique = true))
public class Wishlist {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer owner;

    @Column(nullable = false, length = 60)
    String title;

    boolean shared;

    @Column(length = 22)
    String shareToken;

    Instant createdAt;
}
