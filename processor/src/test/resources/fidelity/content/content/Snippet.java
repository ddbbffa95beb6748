package content;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** Field access, with one getter made a persistent property by @Access(PROPERTY). */
@Entity
@Access(AccessType.FIELD)
public class Snippet {
    @Id
    Long id;

    String html;

    @Transient
    String markdown;

    @Access(AccessType.PROPERTY)
    public String getSource() {
        return markdown;
    }

    public void setSource(String source) {
        this.markdown = source;
    }

    public int getLength() {
        return html == null ? 0 : html.length();
    }
}
