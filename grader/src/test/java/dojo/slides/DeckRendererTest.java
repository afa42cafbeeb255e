package dojo.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeckRendererTest {

    private static final Pattern SECTION = Pattern.compile("<section[ >]");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"data:text/javascript;base64,([^\"]+)\">");
    private static final Pattern NETWORK = Pattern.compile(
            "(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import");

    private final DeckRenderer renderer = DeckRenderer.using(Fixtures.fakeFramework(), Path.of("no-such-repository"));

    @Test
    void renders_one_section_per_slide_and_one_slide_per_measured_kata() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        assertThat(deck.slides()).as("4 written slides and 3 katas").isEqualTo(7);
        assertThat(SECTION.matcher(deck.html()).results().count()).isEqualTo(7);
        assertThat(deck.html()).contains("data-kata=\"01-go-static\"", "data-kata=\"02-java-jlink\"",
                "data-kata=\"03-python-wheels\"");
    }

    @Test
    void inlines_the_framework_styles_and_scripts() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        assertThat(deck.html()).contains("fixture: reveal core css", "fixture: black theme");
        assertThat(scripts(deck.html())).as("the inlined scripts, decoded")
                .containsExactly("window.Reveal = { fixture: \"reveal core js\" };\n",
                        "window.RevealNotes = { fixture: \"notes plugin js\", html: \"</script>\" };\n");
        assertThat(deck.html()).contains("Reveal.initialize(").contains("0.0.0-fixture");
    }

    @Test
    void the_page_refers_to_nothing_on_the_network() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        assertThat(NETWORK.matcher(deck.html()).results().map(MatchResult::group).toList())
                .as("src, href, url() or @import pointing off the page").isEmpty();
    }

    @Test
    void every_chart_says_when_and_where_it_was_measured() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        String caption = "<figcaption>measured 2026-12-03T19:00:00Z on ci-runner-7, Docker 20.10.24+dfsg1"
                + "</figcaption>";
        assertThat(count(deck.html(), "<figure class=\"chart\">")).as("the overview and 3 kata charts").isEqualTo(4);
        assertThat(count(deck.html(), caption)).isEqualTo(4);
    }

    @Test
    void a_kata_slide_shows_its_before_and_after_from_the_measurements() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        String html = deck.html();
        String kata = html.substring(html.indexOf("<section class=\"kata-slide\" data-kata=\"01-go-static\">"));
        kata = kata.substring(0, kata.indexOf("</section>"));
        assertThat(kata).contains("Kata 01: a Go HTTP service", "<tr><th>image</th><td>1.1 GB</td><td>4.46 MB</td>",
                "<tr><th>build tools left</th><td>gcc, go</td><td>none</td>",
                "247 times smaller", "earns the gold tier");
    }

    @Test
    void the_speaker_notes_become_notes_asides() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        assertThat(deck.html()).contains("<aside class=\"notes\">\n<p>What to say while the title is up.</p>\n"
                + "</aside>");
    }

    @Test
    void a_code_block_keeps_its_dash_line() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.of(Fixtures.measurements()));

        assertThat(deck.html()).contains("FROM debian:bookworm AS build\n---\nRUN make");
    }

    @Test
    void without_measurements_each_chart_slide_says_how_to_measure() {
        RenderedDeck deck = renderer.render(Fixtures.deck(), Optional.empty());

        assertThat(deck.slides()).as("4 written slides and one in place of the katas").isEqualTo(5);
        assertThat(count(deck.html(), "not measured yet: run <code>mvn -B verify</code> (the catalogue check writes"
                + " .dojo/catalogue.json)")).isEqualTo(2);
        assertThat(deck.html()).doesNotContain("<svg", "<figcaption>");
    }

    private static List<String> scripts(String html) {
        return SCRIPT.matcher(html).results()
                .map(m -> new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8)).toList();
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
