package dojo.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders {@code deck.md} into one HTML page that needs nothing else: the Markdown is turned into HTML here, the
 * reveal.js files are inlined, and the generated slides and charts take their numbers from the measurements.
 */
public final class DeckRenderer {

    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#\\s+(.+)$");
    private static final String INITIALIZE = "Reveal.initialize({hash: true, slideNumber: 'c/t', width: 1280,"
            + " height: 720, margin: 0.04, plugins: [RevealNotes]});";

    private final Framework framework;
    private final Path root;
    private final Parser parser;
    private final HtmlRenderer renderer;

    private DeckRenderer(Framework framework, Path root) {
        this.framework = framework;
        this.root = root;
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /** A renderer that inlines the given framework and reads the katas' Dockerfiles under the repository root. */
    public static DeckRenderer using(Framework framework, Path root) {
        return new DeckRenderer(framework, root);
    }

    /** The deck, with per-kata slides and charts from the measurements, or saying where they would come from. */
    public RenderedDeck render(DeckSource deck, Optional<Measurements> measurements) {
        List<String> sections = new ArrayList<>();
        for (SourceSlide slide : deck.slides()) {
            if (slide.isOnly(DeckSource.KATA_SLIDES)) {
                sections.addAll(kataSlides(measurements));
            } else {
                sections.add(section(slide, measurements));
            }
        }
        return new RenderedDeck(page(title(deck), sections), sections.size());
    }

    private List<String> kataSlides(Optional<Measurements> measurements) {
        if (measurements.isEmpty() || measurements.get().katas().isEmpty()) {
            return List.of("<section class=\"kata-slide\">\n<h3>Before and after, kata by kata</h3>\n"
                    + Figure.notMeasured() + "\n</section>");
        }
        Measurements measured = measurements.get();
        return measured.katas().stream().map(kata -> KataSlide.of(kata, measured.caption(), root).html()).toList();
    }

    private String section(SourceSlide slide, Optional<Measurements> measurements) {
        String body = markdown(slide.markdown());
        if (slide.contains(DeckSource.SIZE_CHART)) {
            String chart = measurements.filter(m -> !m.katas().isEmpty())
                    .map(m -> Figure.of(SizeChart.of(m.katas()).svg(), m.caption()))
                    .orElseGet(Figure::notMeasured);
            body = body.replace(DeckSource.SIZE_CHART, chart);
        }
        String notes = slide.notes().isEmpty() ? "" : "<aside class=\"notes\">\n" + markdown(slide.notes())
                + "</aside>\n";
        return "<section>\n" + body + notes + "</section>";
    }

    private String markdown(String text) {
        return renderer.render(parser.parse(text));
    }

    private static String title(DeckSource deck) {
        for (SourceSlide slide : deck.slides()) {
            Matcher heading = FIRST_HEADING.matcher(slide.markdown());
            if (heading.find()) {
                return heading.group(1).strip();
            }
        }
        return "Multi-Stage Dojo";
    }

    private String page(String title, List<String> sections) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Multi-Stage Dojo ./dojo slides, reveal.js ")
                .append(Html.escape(framework.version())).append("\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(framework.coreCss()).append("\n</style>\n")
                .append("<style>\n").append(framework.themeCss()).append("\n</style>\n")
                .append("<style>\n").append(resource("deck.css")).append("</style>\n")
                .append("</head>\n<body>\n<div class=\"reveal\">\n<div class=\"slides\">\n");
        sections.forEach(section -> html.append(section).append('\n'));
        return html.append("</div>\n</div>\n")
                .append(script(framework.coreJs())).append(script(framework.notesJs()))
                .append("<script>").append(INITIALIZE).append("</script>\n</body>\n</html>\n").toString();
    }

    // A data URL keeps the script's text out of the HTML parser, which would otherwise end the element at any
    // "</script" inside one of the framework's strings.
    private static String script(String javascript) {
        return "<script src=\"data:text/javascript;base64,"
                + Base64.getEncoder().encodeToString(javascript.getBytes(StandardCharsets.UTF_8)) + "\"></script>\n";
    }

    private static String resource(String name) {
        try (InputStream in = DeckRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the grader's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
