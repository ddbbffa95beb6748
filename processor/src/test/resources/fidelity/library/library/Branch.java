package library;

import jakarta.persistence.*;

/** A branch of the public library, in a table whose quoted name keeps its case. */
@Entity
@Table(name = "\"LibraryBranch\"")
public class Branch {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_ids")
    @SequenceGenerator(name = "branch_ids", sequenceName = "branch_seq", initialValue = 10, allocationSize = 10)
    Short id;

    @Column(nullable = false, unique = true, length = 6)
    String code;

    @Column(name = "\"DisplayName\"", nullable = false, length = 100)
    String displayName;

    @Column(precision = 6)
    Float latitude;

    @Column(precision = 12)
    Double longitude;

    static final int MAX_LOANS_PER_CARD = 30;
}
