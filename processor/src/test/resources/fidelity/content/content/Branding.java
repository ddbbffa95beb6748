package content;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A site's look: an embeddable with a column check and an auto-applied converter. */
@Embeddable
public class Branding {
    @Column(length = 7, check = @CheckConstraint(constraint = "accent like '#%'"))
    String accent;

    @Column(length = 64)
    Slug theme;
}
