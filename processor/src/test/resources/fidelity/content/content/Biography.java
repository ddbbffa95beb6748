package content;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Embedded with @Valid: Hibernate applies @Size and @Min inside it, but not @NotNull. */
@Embeddable
public class Biography {
    @NotNull
    @Size(max = 280)
    String shortBio;

    @Min(1900)
    Integer bornIn;
}
