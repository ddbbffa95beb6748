package catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** Products sold together: a unidirectional one-to-many whose join and order columns live in the items' table. */
@Entity
public class Bundle {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 120)
    String title;

    @Column(precision = 10, scale = 2)
    BigDecimal discount;

    // Hibernate's loading annotations change no schema
    @OneToMany
    @BatchSize(size = 20)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "bundle_id")
    @OrderColumn(name = "line_no")
    List<BundleItem> items = new ArrayList<>();
}
