package content;

import jakarta.persistence.Embeddable;

/** Who moderated a comment and why; the reason's converter is chosen by the embedding attribute. */
@Embeddable
public class Moderation {
    String moderator;

    Integer reason;

    Slug redirect;
}
