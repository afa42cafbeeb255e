package dojo.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The deck's single Markdown source. Slides are separated by a line holding only {@code ---}; a line starting with
 * {@code Note:} begins the slide's speaker notes, which run to the end of the slide. Two markers, each an HTML
 * comment the Markdown leaves alone, say where generated content goes:
 * <ul>
 *     <li>{@value #KATA_SLIDES}, alone on its slide, becomes one before-and-after slide per measured kata;</li>
 *     <li>{@value #SIZE_CHART}, anywhere in a slide, becomes the chart of every kata's sizes.</li>
 * </ul>
 */
public final class DeckSource {

    public static final String KATA_SLIDES = "<!-- dojo:kata-slides -->";
    public static final String SIZE_CHART = "<!-- dojo:size-chart -->";

    private static final Pattern SEPARATOR = Pattern.compile("---\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern NOTE = Pattern.compile("Note:.*");

    private final List<SourceSlide> slides;

    private DeckSource(List<SourceSlide> slides) {
        this.slides = List.copyOf(slides);
    }

    /** Splits the Markdown into slides and checks that the kata marker appears once, on a slide of its own. */
    public static DeckSource parse(String markdown) throws DeckSourceException {
        List<SourceSlide> slides = new ArrayList<>();
        StringBuilder visible = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        boolean inFence = false;
        boolean inNotes = false;
        for (String line : markdown.split("\r?\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            if (!inFence && SEPARATOR.matcher(line).matches()) {
                add(slides, visible, notes);
                visible.setLength(0);
                notes.setLength(0);
                inNotes = false;
                continue;
            }
            if (!inFence && !inNotes && NOTE.matcher(line).matches()) {
                inNotes = true;
                line = line.substring("Note:".length()).strip();
            }
            (inNotes ? notes : visible).append(line).append('\n');
        }
        add(slides, visible, notes);
        check(slides);
        return new DeckSource(slides);
    }

    /** The slides, in order. */
    public List<SourceSlide> slides() {
        return slides;
    }

    private static void add(List<SourceSlide> slides, StringBuilder visible, StringBuilder notes) {
        if (!visible.toString().isBlank() || !notes.toString().isBlank()) {
            slides.add(new SourceSlide(visible.toString().strip(), notes.toString().strip()));
        }
    }

    private static void check(List<SourceSlide> slides) throws DeckSourceException {
        List<SourceSlide> marked = slides.stream().filter(s -> s.contains(KATA_SLIDES)).toList();
        if (marked.isEmpty()) {
            throw new DeckSourceException("it has no " + KATA_SLIDES + " marker, so the per-kata slides have nowhere"
                    + " to go; put the marker on a slide of its own");
        }
        if (marked.size() > 1) {
            throw new DeckSourceException("it has " + marked.size() + " " + KATA_SLIDES + " markers; keep one");
        }
        if (!marked.get(0).isOnly(KATA_SLIDES) || !marked.get(0).notes().isEmpty()) {
            throw new DeckSourceException("the slide with " + KATA_SLIDES + " holds something else too; the marker"
                    + " stands for whole slides, so give it a slide of its own");
        }
    }
}
