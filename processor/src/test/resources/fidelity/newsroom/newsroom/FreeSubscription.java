package newsroom;

import jakarta.persistence.*;

/** A free subscription, limited in articles per month. */
@Entity
@DiscriminatorValue("F")
public class FreeSubscription extends Subscription {
    short monthlyArticleLimit;
}
