package payroll;

import jakarta.persistence.*;
import java.sql.Blob;
import java.sql.Clob;
import java.util.Calendar;

/** A worker's payslip for a run: converted amounts, large objects by JDBC type, a legacy calendar. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"worker_id", "run_id"}))
public class Payslip {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Worker worker;

    @ManyToOne(optional = false)
    PayrollRun run;

    @Convert(converter = MoneyConverter.class)
    Money gross;

    @Convert(converter = MoneyConverter.class)
    Money net;

    @Lob
    Clob breakdown;

    @Lob
    Blob document;

    @Temporal(TemporalType.TIMESTAMP)
    Calendar issuedAt;
}
