package telemetry.readings;

import jakarta.persistence.*;

/** Energy in watt-hours, with the phase it was measured on. */
@Entity
@Table(indexes = @Index(columnList = "recordedAt asc, sensor_id"))
public class PowerReading extends Measurement<Long> {
    byte phase;
}
