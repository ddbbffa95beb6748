package newsroom;

import jakarta.persistence.*;

/** A written article; its columns are nullable in the shared table, primitives too. */
@Entity
@DiscriminatorValue("ARTICLE")
public class Article extends ContentItem {
    @Column(length = 400)
    String standfirst;

    @Column(length = 100000)
    String body;

    int wordCount;
}
