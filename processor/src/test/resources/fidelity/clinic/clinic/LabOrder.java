package clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;

/** An order for lab tests: a map from test code to priority in a collection table. */
@Entity
public class LabOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Encounter encounter;

    @ElementCollection
    @CollectionTable(name = "lab_order_test")
    @MapKeyColumn(name = "test_code", length = 16)
    @Column(name = "priority")
    Map<String, Integer> tests = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    LabStatus status;
}
