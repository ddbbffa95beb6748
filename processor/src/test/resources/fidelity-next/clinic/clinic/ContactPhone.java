package clinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of the clinic model: ContactPhone. */
@Embeddable
public class ContactPhone {
    @Enumerated(EnumType.STRING) @Column(length = 8) PhoneKind kind;
    @Column(length = 20, nullable = false) String number;
}
