package com.example.shop;

import dev.schemac.annotation.Backfill;
import dev.schemac.annotation.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** Someone who buys from the shop. */
@Entity
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 20)
    private Long id;

    /** Was {@code name}: the rename keeps every customer's name (see the migration RenameCustomerName...). */
    @RenamedFrom("name")
    @Column(nullable = false, length = 120)
    private String fullName;

    /** Required from this release on; customers who signed up before get the standard tier. */
    @Backfill("'standard'")
    @Column(nullable = false, length = 20)
    private String tier;

    @Column(nullable = false, unique = true)
    private String email;

    @Embedded
    private Address address;

    @Column(nullable = false)
    private Instant createdAt;
}
