package clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A phone number and what kind it is. */
@Embeddable
public class ContactPhone {
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    PhoneKind kind;

    @Column(length = 20, nullable = false)
    String number;
}
