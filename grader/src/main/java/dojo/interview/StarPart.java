package dojo.interview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a STAR answer, in the order they are told, with the headings and the opening phrases that
 * announce each of them.
 */
public enum StarPart {

    SITUATION("Situation", "situation|context|background",
            List.of("at my last job", "at my previous job", "at my current job", "at my last company",
                    "at my previous company", "at my company", "in my last role", "in my previous role",
                    "in my current role", "when i joined", "when i was working", "last year", "a year ago",
                    "the context was", "the situation was", "our team")),
    TASK("Task", "task|goal|problem|challenge",
            List.of("i was asked to", "i was tasked with", "my task was", "my task", "the task was",
                    "i was responsible for", "my job was", "my goal was", "the goal was", "i needed to",
                    "i had to", "i set out to", "i took on", "i volunteered to", "my brief was",
                    "we were asked to", "we needed to", "the problem was")),
    ACTION("Action", "actions?|what i did|approach",
            List.of("i decided", "i started by", "i began by", "first, i", "first i", "so i", "i proposed",
                    "i built", "i rewrote", "i split", "i replaced", "i measured", "i moved", "i introduced",
                    "i chose", "my approach was", "what i did was", "we decided", "we tried", "we looked at",
                    "we started", "we built", "we changed", "we moved")),
    RESULT("Result", "results?|outcome|impact",
            List.of("as a result", "the result was", "the result", "the results", "in the end", "the outcome",
                    "afterwards", "after the change", "that cut", "this cut", "it cut", "the image went",
                    "the upshot", "overall")),
    LEARNING("Learning", "learnings?|lessons?(?: learned| learnt)?|what i learned|what i learnt|reflection",
            List.of("i learned", "i learnt", "the lesson", "what i learned", "what i learnt", "what i took away",
                    "my takeaway", "the takeaway", "next time", "if i did it again", "if i were to do it again",
                    "looking back", "in hindsight", "it taught me"));

    private static final Pattern LEADING_CONNECTOR =
            Pattern.compile("^(?:so|and|then|but|well|basically|ok|okay|now)\\b[,]?\\s+");

    private final String title;
    private final Pattern heading;
    private final Pattern label;
    private final List<String> cues;

    StarPart(String title, String headingWords, List<String> cues) {
        this.title = title;
        this.heading = Pattern.compile("^\\s{0,3}#{1,6}\\s*(?:\\d+[.)]\\s*)?(?:the\\s+)?(?:" + headingWords
                + ")\\b(.*)$", Pattern.CASE_INSENSITIVE);
        // "**Situation**" on its own line, or "Situation: text" with the text following on the same line.
        this.label = Pattern.compile("^\\s{0,3}(?:\\*\\*|__)?(?:" + headingWords
                + ")(?:\\*\\*|__)?\\s*(?:(?::|—|–)(?:\\*\\*|__)?\\s*(.*)|(?<=\\*\\*|__)\\s*$)",
                Pattern.CASE_INSENSITIVE);
        this.cues = cues;
    }

    /** The part's name as a heading would show it, such as "Situation". */
    public String title() {
        return title;
    }

    /** A phrase that opens this part when the answer has no headings, for use in advice. */
    public String exampleCue() {
        String cue = cues.get(0);
        return Character.toUpperCase(cue.charAt(0)) + cue.substring(1).replace(" i ", " I ");
    }

    /** The part a heading line announces, with whatever follows the heading word on that line. */
    static Optional<Heading> headingOf(String line) {
        for (StarPart part : values()) {
            Matcher matcher = part.heading.matcher(line);
            if (matcher.matches()) {
                return Optional.of(new Heading(part, ""));
            }
            matcher = part.label.matcher(line);
            if (matcher.matches()) {
                String rest = matcher.group(1);
                return Optional.of(new Heading(part, rest == null ? "" : rest.strip()));
            }
        }
        return Optional.empty();
    }

    /** The part whose cue phrase opens the sentence, if any, looking past openers like "so" and "then". */
    static Optional<StarPart> cuedBy(String sentence) {
        String opening = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^[\\s\"'“(\\[]+", "");
        while (true) {
            Optional<StarPart> part = cueAtStartOf(opening);
            String stripped = LEADING_CONNECTOR.matcher(opening).replaceFirst("");
            if (part.isPresent() || stripped.equals(opening)) {
                return part;
            }
            opening = stripped;
        }
    }

    private static Optional<StarPart> cueAtStartOf(String opening) {
        for (StarPart part : values()) {
            for (String cue : part.cues) {
                if (opening.startsWith(cue)
                        && (opening.length() == cue.length() || !Character.isLetter(opening.charAt(cue.length())))) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    /** A heading line and the text that shares its line, as in "Result: the image shrank". */
    record Heading(StarPart part, String rest) {
    }
}
