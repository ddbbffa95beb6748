package content;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Embedded without @Valid: Hibernate applies none of its constraints to the schema. */
@Embeddable
public class Contact {
    @NotBlank
    @Size(max = 20)
    String phone;

    @Size(max = 60)
    String twitter;
}
