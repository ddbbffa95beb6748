package access;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An organization in the iam schema; its implicit sequence lives in the default schema, as Hibernate puts it. */
@Entity
@Table(schema = "iam")
public class Organization {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    Long id;

    @Column(nullable = false, unique = true, length = 100)
    String name;

    @Embedded
    @AttributeOverride(name = "address.city", column = @Column(name = "hq_city", length = 100))
    @AttributeOverride(name = "email", column = @Column(name = "contact_email", length = 320))
    ContactInfo contact;

    LocalDate customerSince;
}
