package billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** A document sent to a customer; each kind has a table with all of its columns. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "document_ids")
    @TableGenerator(name = "document_ids", table = "id_blocks", pkColumnName = "block", valueColumnName = "nextValue",
            allocationSize = 10)
    Long id;
    @Column(nullable = false) String title;
    LocalDate issuedOn;
}
