package billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Someone who holds accounts and pays. */
@Entity
public class Customer {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 120) String fullName;
    String email;
}
