package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, stored in the columns of the entity that embeds it. */
@Embeddable
public class Address {
    private String street;

    @Column(length = 80)
    private String city;

    @Column(length = 16)
    private String postalCode;

    @Column(length = 2)
    private String country;
}
