package depot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The root of a SINGLE_TABLE hierarchy, with Bean Validation. */
@Entity
public class Pallet {
    @Id
    @GeneratedValue
    Long id;

    @NotNull
    @Size(max = 20)
    String code;

    @ManyToOne
    Crate topCrate;

    @ManyToMany
    List<Crate> crates;
}
