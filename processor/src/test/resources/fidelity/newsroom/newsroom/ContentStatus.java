package newsroom;

/** The workflow states of content. */
public enum ContentStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, RETRACTED
}
