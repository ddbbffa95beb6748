package depot;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A crate's key: its bay and its slot. */
@Embeddable
public record CrateId(String bay, short slot) implements Serializable {
}
