package atlas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A country in the "geo" schema, with collections whose derived names run past 63 bytes. */
@Entity
@Table(schema = "geo", name = "country_of_the_world")
public class Country {
    @Id
    @Column(length = 2)
    String isoCode;

    String officialName;

    @ElementCollection
    @OrderColumn(name = "rankInList")
    List<String> officialLanguagesSpokenAcrossTerritory;

    @ElementCollection
    @CollectionTable(schema = "geo", name = "countryCapitals", joinColumns = @JoinColumn(name = "countryIso"))
    @MapKeyColumn(name = "capitalKind")
    Map<String, Coordinates> capitals;

    @ElementCollection
    @MapKeyEnumerated(EnumType.ORDINAL)
    Map<Region, Integer> tradeShareByRegion;

    @ManyToMany
    Set<Organisation> memberships;
}
