package dojo.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's own placeholders in a draft: {@code [fill in: …]} for text the learner writes, and
 * {@code [before size: grade 01-go-static]} for a figure still to measure. They are guidance, never evidence.
 *
 * <p>Bracketed figures such as {@code [1.03 GB]} in the model answer are not placeholders: they are example figures
 * the rubric may read like any other.
 */
final class Placeholders {

    /** How the draft opens a placeholder for text the learner writes. */
    static final String FILL_IN = "[fill in: ";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[fill in:[^\\]]*\\]|\\[[a-z][a-z ]*: grade \\d{2}-[a-z0-9-]+\\]");
    private static final Pattern FIGURE = Pattern.compile("^\\[[a-z][a-z ]*: grade \\d{2}-[a-z0-9-]+\\]$");
    // A placeholder is swapped for one private-use character holding its index: the sentence splitter passes over it,
    // so the full stops inside the guidance do not cut the sentence around it.
    private static final char FIRST_MARK = '\uE000';
    private static final char LAST_MARK = '\uF8FF';
    private static final Pattern MARK = Pattern.compile("[\\uE000-\\uF8FF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Placeholders() {
    }

    /** The text with each placeholder replaced by its mark, and the placeholders in order. */
    static Marked mark(String text) {
        List<String> found = new ArrayList<>();
        StringBuilder marked = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            char mark = (char) Math.min(FIRST_MARK + found.size(), LAST_MARK);
            found.add(matcher.group());
            matcher.appendReplacement(marked, String.valueOf(mark));
        }
        matcher.appendTail(marked);
        return new Marked(marked.toString(), List.copyOf(found));
    }

    /** Whether the placeholder stands for a figure the grader measures, rather than for the learner's words. */
    static boolean isFigure(String placeholder) {
        return FIGURE.matcher(placeholder).matches();
    }

    /** A text with its placeholders marked, and the placeholders the marks stand for. */
    record Marked(String text, List<String> placeholders) {

        /** The placeholders whose marks are in {@code part}, a piece of {@link #text()}. */
        List<String> in(String part) {
            List<String> inside = new ArrayList<>();
            Matcher matcher = MARK.matcher(part);
            while (matcher.find()) {
                inside.add(placeholders.get(matcher.group().charAt(0) - FIRST_MARK));
            }
            return inside;
        }

        /** The piece of text with its marks removed and its spacing tidied. */
        static String without(String part) {
            return SPACES.matcher(MARK.matcher(part).replaceAll(" ")).replaceAll(" ").strip();
        }
    }
}
