package telemetry.devices;

import jakarta.persistence.*;
import java.time.LocalDate;
import telemetry.core.AbstractEntity;

/** A firmware build for a model. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"model_id", "semanticVersion"}))
public class Firmware extends AbstractEntity {
    @ManyToOne(optional = false)
    DeviceModel model;

    @Column(nullable = false, length = 20)
    String semanticVersion;

    LocalDate releasedOn;

    @Column(length = 64)
    String sha256;

    @Lob
    byte[] image;
}
