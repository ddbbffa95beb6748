package it.wardrobe;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shirt {
    @Id
    private Long id;

    private Size size;

    @Convert(converter = YesNo.class)
    private Boolean ironed;
}
