package identity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The key of {@link LoginAttempt}: whose attempt, and when. */
@Embeddable
public class LoginAttemptId implements Serializable {
    Long personId;
    Instant attemptedAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof LoginAttemptId id && Objects.equals(personId, id.personId)
                && Objects.equals(attemptedAt, id.attemptedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, attemptedAt);
    }
}
