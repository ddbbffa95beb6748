package identity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** A permission; its inherited creator association gets its own column names and foreign key name. */
@Entity
@AssociationOverride(name = "createdBy", joinColumns = {
    @JoinColumn(name = "creator_tenant", referencedColumnName = "tenant_code"),
    @JoinColumn(name = "creator_name", referencedColumnName = "username")},
        foreignKey = @ForeignKey(name = "fk_permission_creator"))
public class Permission extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 80)
    String code;
}
