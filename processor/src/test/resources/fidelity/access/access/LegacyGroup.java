package access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group from an older system, whose quoted names keep their case. */
@Entity
@Table(name = "\"LegacyGroup\"")
public class LegacyGroup {
    @Id
    @Column(name = "\"GroupId\"")
    Integer groupId;

    @Column(name = "\"DisplayName\"", length = 100)
    String displayName;
}
