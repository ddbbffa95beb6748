package content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Date;

/** A saved revision of an article: legacy date types, single characters, a character-array diff. */
@Entity
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", allocationSize = 20)
    long id;

    @ManyToOne(optional = false)
    Article article;

    int number;

    @Temporal(TemporalType.TIMESTAMP)
    Date savedAt;

    @Temporal(TemporalType.DATE)
    Calendar effectiveOn;

    @Temporal(TemporalType.TIME)
    Date savedTime;

    Timestamp reviewedAt;

    char kind;

    Character flag;

    @Column(length = 2)
    Character mark;

    @Lob
    char[] diff;

    @Column(length = 400)
    char[] note;

    @Convert(converter = WordCountConverter.class)
    @Column(length = 12)
    Integer words;
}
