package atlas;

/** A world region, stored by ordinal as a map key. */
public enum Region {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA
}
