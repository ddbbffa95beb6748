package logistics;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A route through hubs, in order: an explicit join table with an order column. */
@Entity
public class Route {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 40)
    String name;

    @ManyToMany
    @JoinTable(name = "route_stop", joinColumns = @JoinColumn(name = "route_id"),
            inverseJoinColumns = @JoinColumn(name = "hub_id"),
            foreignKey = @ForeignKey(name = "route_stop_route_fk"))
    @OrderColumn(name = "stop_order")
    List<Hub> stops = new ArrayList<>();
}
