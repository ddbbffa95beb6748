package newsroom;

import jakarta.persistence.*;

/** Where an item is promoted: a single-table hierarchy with Hibernate's default discriminator column. */
@Entity
public abstract class Placement {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    ContentItem item;

    int slot;
}
