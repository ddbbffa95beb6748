package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person at a supplier: the element of a bag. */
@Embeddable
public class Contact {
    @Column(nullable = false, length = 100)
    String name;

    String email;

    @Column(length = 30)
    String phone;
}
