package telemetry.readings;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Relative humidity in percent. */
@Entity
@Table(indexes = @Index(columnList = "sensor_id, recordedAt desc"))
public class HumidityReading extends Measurement<BigDecimal> {
}
