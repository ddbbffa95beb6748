package telemetry.alerts;

import jakarta.persistence.*;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import telemetry.core.TenantScoped;

/** A rule that raises alerts: its condition is a JSON document. */
@Entity
public class AlertRule extends TenantScoped {
    @Column(nullable = false, length = 100)
    String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    Map<String, Object> condition;

    Severity severity;

    boolean enabled;
}
