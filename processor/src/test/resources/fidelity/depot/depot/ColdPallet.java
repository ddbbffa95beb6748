package depot;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A SINGLE_TABLE subclass: its @NotNull is not applied, its @Size and @Min are. */
@Entity
public class ColdPallet extends Pallet {
    @NotNull
    @Size(max = 12)
    String coolant;

    @Min(-40)
    int minTemperature;

    @Max(10)
    Integer maxTemperature;

    @ManyToOne
    ColdPallet backup;
}
