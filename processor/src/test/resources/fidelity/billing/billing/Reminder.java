package billing;

import jakarta.persistence.Entity;

/** A letter about an unpaid invoice. */
@Entity
public class Reminder extends Document {
    int level;
}
