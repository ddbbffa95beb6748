package content;

/** A URL-friendly name, stored as text by {@link SlugConverter}, which applies to every Slug attribute. */
public record Slug(String value) {
}
