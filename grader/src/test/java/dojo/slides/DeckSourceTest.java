package dojo.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DeckSourceTest {

    private static final String KATAS = "\n---\n\n" + DeckSource.KATA_SLIDES + "\n";

    @Test
    void splits_slides_at_lines_holding_only_three_dashes() throws DeckSourceException {
        String markdown = "# One\n\n---\n\n## Two\n" + KATAS;

        DeckSource deck = DeckSource.parse(markdown);

        assertThat(deck.slides()).extracting(SourceSlide::markdown).containsExactly("# One", "## Two",
                DeckSource.KATA_SLIDES);
    }

    @Test
    void a_dash_line_inside_a_code_fence_stays_in_its_slide() throws DeckSourceException {
        String markdown = "## Code\n\n```text\nabove\n---\nbelow\n```\n" + KATAS;

        DeckSource deck = DeckSource.parse(markdown);

        assertThat(deck.slides()).hasSize(2);
        assertThat(deck.slides().get(0).markdown()).contains("above\n---\nbelow");
    }

    @Test
    void the_lines_from_note_on_are_the_speaker_notes() throws DeckSourceException {
        String markdown = "## Shown\n\nto everyone\n\nNote:\nonly for\nthe speaker\n" + KATAS;

        SourceSlide slide = DeckSource.parse(markdown).slides().get(0);

        assertThat(slide.markdown()).isEqualTo("## Shown\n\nto everyone");
        assertThat(slide.notes()).isEqualTo("only for\nthe speaker");
    }

    @Test
    void a_deck_without_the_kata_marker_is_refused_saying_where_to_put_it() {
        String markdown = "# One\n\n---\n\n## Two\n";

        assertThatThrownBy(() -> DeckSource.parse(markdown))
                .isInstanceOf(DeckSourceException.class)
                .hasMessage("it has no <!-- dojo:kata-slides --> marker, so the per-kata slides have nowhere to go;"
                        + " put the marker on a slide of its own");
    }

    @Test
    void the_kata_marker_must_have_its_slide_to_itself() {
        String markdown = "## Katas\n\n" + DeckSource.KATA_SLIDES + "\n";

        assertThatThrownBy(() -> DeckSource.parse(markdown))
                .isInstanceOf(DeckSourceException.class)
                .hasMessageContaining("give it a slide of its own");
    }

    @Test
    void the_repository_deck_has_both_markers() throws IOException, DeckSourceException {
        String markdown = Files.readString(RepositoryRoot.find().resolve("slides/deck.md"));

        DeckSource deck = DeckSource.parse(markdown);

        assertThat(deck.slides()).as("slides of slides/deck.md").hasSizeGreaterThan(15);
        assertThat(deck.slides()).filteredOn(s -> s.contains(DeckSource.SIZE_CHART)).hasSize(1);
    }
}
