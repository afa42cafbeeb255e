package dojo.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An interview answer split into its STAR parts.
 *
 * <p>Parts are found by their Markdown headings ({@code ## Situation}, {@code **Task**}, {@code Result:}) when the
 * answer has any; otherwise each part begins at the first sentence that opens with one of its cue phrases, such
 * as "I was asked to" or "As a result". Parts only move forward in that reading, because a story told in order
 * is what STAR asks for, and it keeps a late "I had to add a shell back" inside the Action. Sentences before
 * the first cue are the Situation.
 *
 * <p>A document that holds more than the answer, such as a file with commentary, can mark the answer itself
 * under a heading that names it ({@code ## The answer}); only that section is read.
 *
 * <p>The coach's own placeholders ({@code [fill in: …]}, {@code [after size: grade 01-go-static]}) are taken out of
 * the sentences and kept apart, so guidance is never read as the learner's words.
 */
public final class Answer {

    /** How the parts were found, which tells the learner how far to trust the split. */
    public enum Detection {
        HEADINGS("by headings"),
        CUE_PHRASES("by cue phrases");

        private final String description;

        Detection(String description) {
            this.description = description;
        }

        /** A few words for a report, such as "by headings". */
        public String description() {
            return description;
        }
    }

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ANY_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s.*$|^\\s{0,3}#{1,6}$");
    private static final Pattern ANSWER_HEADING =
            Pattern.compile("^\\s{0,3}#{1,6}\\s+(?:the\\s+|my\\s+|a\\s+)?(?:weak\\s+|model\\s+|spoken\\s+)?"
                    + "answer\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_OR_BULLET = Pattern.compile("^\\s*(?:>\\s?)*(?:[-*+]\\s+)?");
    private static final Pattern EMPHASIS_AND_CODE = Pattern.compile("\\*\\*|__|`");

    private final Map<StarPart, List<String>> sentences;
    private final Map<StarPart, List<String>> placeholders;
    private final List<String> unplaced;
    private final List<String> unplacedPlaceholders;
    private final Detection detection;

    private Answer(Reading reading, Detection detection) {
        this.sentences = reading.sentences;
        this.placeholders = reading.placeholders;
        this.unplaced = reading.unplaced;
        this.unplacedPlaceholders = reading.unplacedPlaceholders;
        this.detection = detection;
    }

    /** Reads an answer written in Markdown or as plain prose; never fails, an empty text has empty parts. */
    public static Answer parse(String text) {
        List<String> lines = cleanLines(text);
        boolean hasHeadings = lines.stream().anyMatch(line -> StarPart.headingOf(line).isPresent());
        if (hasHeadings) {
            return byHeadings(lines);
        }
        return byCuePhrases(String.join("\n", answerSection(lines)));
    }

    private static List<String> cleanLines(String text) {
        String withoutComments = HTML_COMMENT.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : withoutComments.split("\n", -1)) {
            if (ANY_HEADING.matcher(line).matches() || StarPart.headingOf(line).isPresent()) {
                lines.add(line.strip());
            } else {
                String prose = QUOTE_OR_BULLET.matcher(line).replaceFirst("");
                lines.add(EMPHASIS_AND_CODE.matcher(prose).replaceAll(""));
            }
        }
        return lines;
    }

    private static Answer byHeadings(List<String> lines) {
        Map<StarPart, StringBuilder> bodies = new EnumMap<>(StarPart.class);
        StringBuilder unplacedBody = new StringBuilder();
        StringBuilder current = null;
        boolean storyStarted = false;
        boolean storyOver = false;
        for (String line : lines) {
            Optional<StarPart.Heading> heading = StarPart.headingOf(line);
            if (heading.isPresent()) {
                StarPart part = heading.get().part();
                storyStarted = true;
                storyOver |= part == StarPart.RESULT || part == StarPart.LEARNING;
                current = bodies.computeIfAbsent(part, p -> new StringBuilder());
                current.append(heading.get().rest()).append('\n');
            } else if (ANY_HEADING.matcher(line).matches()) {
                // Inside the story, an unknown heading is likely a part in words the coach does not know
                // ("## Aufgabe"): its words are the answer's, though in no part. Before the first part it is a title;
                // after the Result it is commentary ("## Why this works"), not part of the spoken answer.
                current = storyStarted && !storyOver ? unplacedBody.append("\n\n") : null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Reading reading = new Reading();
        bodies.forEach((part, body) -> reading.read(body.toString(), Optional.of(part)));
        reading.readUnplaced(unplacedBody.toString());
        return new Answer(reading, Detection.HEADINGS);
    }

    private static List<String> answerSection(List<String> lines) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (ANSWER_HEADING.matcher(lines.get(i)).matches()) {
                // A document's title may also say "answer"; a section heading below it is the better mark.
                boolean isSection = lines.get(i).startsWith("##");
                if (start < 0 || isSection && !lines.get(start).startsWith("##")) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            return lines.stream().filter(line -> !ANY_HEADING.matcher(line).matches()).toList();
        }
        List<String> section = new ArrayList<>();
        for (int j = start + 1; j < lines.size() && !ANY_HEADING.matcher(lines.get(j)).matches(); j++) {
            section.add(lines.get(j));
        }
        return section;
    }

    private static Answer byCuePhrases(String body) {
        Reading reading = new Reading();
        reading.read(body, Optional.empty());
        return new Answer(reading, Detection.CUE_PHRASES);
    }

    /** The sentences and placeholders of each part, gathered as the bodies are read. */
    private static final class Reading {

        private final Map<StarPart, List<String>> sentences = new EnumMap<>(StarPart.class);
        private final Map<StarPart, List<String>> placeholders = new EnumMap<>(StarPart.class);
        private final List<String> unplaced = new ArrayList<>();
        private final List<String> unplacedPlaceholders = new ArrayList<>();
        private StarPart current = StarPart.SITUATION;

        /** Reads a body into {@code part}, or, when empty, into the parts its cue phrases open. */
        void read(String body, Optional<StarPart> part) {
            Placeholders.Marked marked = Placeholders.mark(body);
            for (String raw : Text.sentences(marked.text())) {
                String sentence = Placeholders.Marked.without(raw);
                if (Text.hasLetterOrDigit(sentence)) {
                    if (part.isPresent()) {
                        current = part.get();
                    } else {
                        Optional<StarPart> cued = StarPart.cuedBy(sentence);
                        if (cued.isPresent() && cued.get().ordinal() > current.ordinal()) {
                            current = cued.get();
                        }
                    }
                    sentences.computeIfAbsent(current, p -> new ArrayList<>()).add(sentence);
                }
                List<String> found = marked.in(raw);
                if (!found.isEmpty()) {
                    placeholders.computeIfAbsent(part.orElse(current), p -> new ArrayList<>()).addAll(found);
                }
            }
        }

        void readUnplaced(String body) {
            Placeholders.Marked marked = Placeholders.mark(body);
            for (String raw : Text.sentences(marked.text())) {
                String sentence = Placeholders.Marked.without(raw);
                if (Text.hasLetterOrDigit(sentence)) {
                    unplaced.add(sentence);
                }
                unplacedPlaceholders.addAll(marked.in(raw));
            }
        }
    }

    /** Whether the part is there with at least one sentence. */
    public boolean has(StarPart part) {
        return !sentences(part).isEmpty();
    }

    /** The part's sentences in the order they were told; empty when the part is missing. */
    public List<String> sentences(StarPart part) {
        return Collections.unmodifiableList(sentences.getOrDefault(part, List.of()));
    }

    /** Every sentence of the answer, part by part. */
    public List<String> sentences() {
        List<String> all = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            all.addAll(sentences(part));
        }
        return all;
    }

    /** The part's text as one paragraph. */
    public String text(StarPart part) {
        return String.join(" ", sentences(part));
    }

    /**
     * The spoken answer as one text, part by part, then any text under headings the coach did not recognise;
     * without headings, placeholders or commentary.
     */
    public String text() {
        List<String> all = sentences();
        all.addAll(unplaced);
        return String.join(" ", all);
    }

    /** How many words the part has. */
    public int words(StarPart part) {
        return Text.wordCount(text(part));
    }

    /** How many words the spoken answer has, including those under headings the coach did not recognise. */
    public int words() {
        int total = unplacedWords();
        for (StarPart part : StarPart.values()) {
            total += words(part);
        }
        return total;
    }

    /** How many words are under headings inside the story that name no STAR part the coach knows. */
    public int unplacedWords() {
        return Text.wordCount(String.join(" ", unplaced));
    }

    /** The coach's placeholders left in the part, in order; they are not among its sentences. */
    public List<String> placeholders(StarPart part) {
        return Collections.unmodifiableList(placeholders.getOrDefault(part, List.of()));
    }

    /** Every placeholder left in the answer, part by part. */
    public List<String> placeholders() {
        List<String> all = new ArrayList<>();
        for (StarPart part : StarPart.values()) {
            all.addAll(placeholders(part));
        }
        all.addAll(unplacedPlaceholders);
        return all;
    }

    /** Whether the parts came from headings or from cue phrases. */
    public Detection detection() {
        return detection;
    }
}
