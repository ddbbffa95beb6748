package shop;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.time.Instant;

/** A product review: an int identity, small numbers, and state that is not persisted. */
@Entity
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @ManyToOne(optional = false)
    Product product;

    @ManyToOne
    Customer author;

    byte stars;

    Byte moderatorScore;

    @Basic(optional = false)
    String title;

    @Column(length = 4000)
    String body;

    Short helpfulVotes;

    Instant postedAt;

    @Transient
    String renderedHtml;

    transient int cachedScore;
}
