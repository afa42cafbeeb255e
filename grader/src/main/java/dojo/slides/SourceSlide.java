package dojo.slides;

/**
 * One slide of {@code deck.md}: the Markdown between two {@code ---} lines, split at its {@code Note:} line.
 *
 * @param markdown what the audience sees
 * @param notes    the speaker notes, empty when the slide has none
 */
public record SourceSlide(String markdown, String notes) {

    /** Whether the slide's visible part is exactly the given marker comment. */
    public boolean isOnly(String marker) {
        return markdown.strip().equals(marker);
    }

    /** Whether the slide's visible part contains the given marker comment. */
    public boolean contains(String marker) {
        return markdown.contains(marker);
    }
}
