package library;

import jakarta.persistence.*;

/** How to reach a patron. */
@Embeddable
public class Contact {
    @Column(length = 320)
    String email;

    @Column(length = 20)
    String phone;

    boolean prefersSms;
}
