package content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URL;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.hibernate.annotations.Nationalized;
import org.hibernate.annotations.NaturalId;
import org.hibernate.validator.constraints.Length;

/** An author: locale types, a @Valid embedded biography, a plain embedded contact, @Nationalized text. */
@Entity
public class Author {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @NaturalId(mutable = true)
    @Email
    @NotNull
    @Size(max = 120)
    String email;

    @NotEmpty
    @Nationalized
    @Length(max = 80)
    String displayName;

    Locale locale;

    TimeZone timeZone;

    @Column(length = 64)
    ZoneId zone;

    URL homepage;

    @Valid
    @Embedded
    Biography biography;

    @Embedded
    Contact contact;
}
