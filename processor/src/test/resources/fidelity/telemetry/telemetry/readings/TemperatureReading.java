package telemetry.readings;

import jakarta.persistence.*;

/** Degrees Celsius. */
@Entity
@Table(indexes = @Index(columnList = "sensor_id, recordedAt desc"))
public class TemperatureReading extends Measurement<Double> {
}
