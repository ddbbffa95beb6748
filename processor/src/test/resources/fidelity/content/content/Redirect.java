package content;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Property access set on the class, with the id and one column read from their fields. */
@Entity
@Access(AccessType.PROPERTY)
public class Redirect {
    @Id
    @Access(AccessType.FIELD)
    Long id;

    @Access(AccessType.FIELD)
    @Column(name = "from_path", length = 300, nullable = false)
    String from;

    /** Bean Validation counts on the field too, though the getter is the attribute. */
    @jakarta.validation.constraints.Size(max = 250)
    private String target;
    private int status;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    @Column(length = 300)
    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }
}
