package access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach someone: an embeddable holding another. */
@Embeddable
public class ContactInfo {
    @Column(unique = true, length = 320)
    String email;

    @Column(length = 32)
    String phone;

    PostalAddress address;
}
