package dojo.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Scores an answer to "tell me something you have done innovatively that helped the customer or business" against
 * the coach's rubric. Pure functions of the text: no files, no clock, no output.
 */
public final class Rubric {

    /** The shortest answer that still has room for a story with numbers. */
    public static final int MIN_WORDS = 180;
    /** The longest answer an interviewer will listen to without drifting. */
    public static final int MAX_WORDS = 400;
    /** The comfortable speaking rates, in words a minute, used to turn words into time. */
    public static final int SLOW_WPM = 130;
    public static final int FAST_WPM = 150;

    static final int MIN_ACTION_PERCENT = 45;
    static final int MAX_SETUP_PERCENT = 35;
    static final double MIN_OWNERSHIP = 0.6;
    static final int INTENSIFIER_REACH = 8;

    private static final String FIX_BALANCE_ACTION = "Spend more of the answer on what you did: the steps, the "
            + "choices and the tools. Aim for about half the words in Action.";
    private static final String FIX_BALANCE_SETUP = "Trim Situation and Task to two or three sentences together: "
            + "the service, the problem, and what you set out to do.";
    private static final String FIX_OWNERSHIP = "Say what you yourself did: “I split the build into two stages”, "
            + "“I measured each attempt”. Keep “we” for what the team decided together.";
    private static final String FIX_NO_ACTION = "Add an Action part (a “## Action” heading, or open it with "
            + "“I decided”) that says what you did, step by step.";
    private static final String FIX_NUMBERS = "Put your measured figures in the Result, at least one as a before "
            + "and after: “the image went from 1.03 GB to 4.46 MB”. `./dojo interview draft` fills in yours.";
    private static final String FIX_IMPACT = "Name who gained and how: faster deploys for the team, a smaller "
            + "registry or egress bill, fewer CVEs for security to triage, faster start-up for customers.";
    private static final String FIX_REASON = "Give one reason for your main choice and the price you paid: "
            + "“I chose distroless over alpine because …; the cost was losing the shell for debugging.”";
    private static final String FIX_TOOLS = "Tell one real event and name what you used: the base images, the "
            + "build tool, how you measured (Docker, BuildKit, distroless, Go, dive…).";
    private static final String FIX_HABITUAL = "Tell what happened once, in the past tense, not what you usually "
            + "do: “In March I rewrote the Dockerfile…” rather than “I always…”.";
    private static final String FIX_LESSON = "End with one lesson you carry forward: what surprised you, or what "
            + "you would do differently, in one or two sentences.";
    private static final String FIX_TOO_SHORT = "Add detail where it counts: the steps in Action, the reason for "
            + "your choice, and the measured figures in Result.";
    private static final String FIX_TOO_LONG = "Cut the set-up to two sentences and keep one example per point; "
            + "the interviewer will ask follow-ups for the rest.";
    private static final String FIX_FILLERS = "Drop the fillers and hedges; state what you did and what you "
            + "measured plainly. Rehearse aloud until they fall away.";
    private static final String FIX_INTENSIFIERS = "Replace the intensifier with the figure it stands for: "
            + "“much smaller” becomes “from 1.03 GB to 4.46 MB”.";
    private static final String FIX_EMPTY = "Write your answer first: `./dojo interview draft > my-answer.md` "
            + "starts it with your measured figures.";

    private Rubric() {
    }

    /** Scores an answer given as Markdown or plain prose. */
    public static Score score(String text) {
        return score(Answer.parse(text));
    }

    /** Scores an answer already read into its parts. */
    public static Score score(Answer answer) {
        if (answer.words() == 0) {
            return empty(answer);
        }
        List<CriterionResult> results = List.of(parts(answer), balance(answer), ownership(answer),
                quantifiedResult(answer), impact(answer), reason(answer), specific(answer), lesson(answer),
                length(answer), fillers(answer), intensifiers(answer));
        return new Score(results, notes(answer), answer.words(), answer.placeholders());
    }

    // With no words there is nothing to measure, so no criterion can be met, not even "no fillers".
    private static Score empty(Answer answer) {
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            results.add(CriterionResult.fail(criterion, "the answer is empty", FIX_EMPTY));
        }
        List<String> notes = new ArrayList<>();
        notes.add("the answer is empty: it has no words to score" + (answer.placeholders().isEmpty() ? ""
                : ", only placeholders") + ".");
        placeholderNote(answer).ifPresent(notes::add);
        return new Score(results, notes, 0, answer.placeholders());
    }

    private static Optional<String> placeholderNote(Answer answer) {
        List<String> left = answer.placeholders();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner quoted = new StringJoiner(", ");
        left.forEach(placeholder -> quoted.add(Text.quote(placeholder)));
        return Optional.of(left.size() + (left.size() == 1 ? " placeholder" : " placeholders") + " still to fill in: "
                + quoted + ". They are the coach's guidance, not your answer, so they never count as evidence.");
    }

    private static List<String> notes(Answer answer) {
        List<String> notes = new ArrayList<>();
        placeholderNote(answer).ifPresent(notes::add);
        if (answer.words() > 0) {
            notes.add("parts found " + answer.detection().description()
                    + (answer.detection() == Answer.Detection.CUE_PHRASES
                    ? "; add “## Situation”, “## Task”… headings for a surer reading" : ""));
        }
        if (!Lexicon.readsAsEnglish(Text.normalisedWords(answer.text()))) {
            notes.add("this does not read as English; the rubric's cue phrases and word lists are English, so most "
                    + "criteria will fail. Practise the English answer you will give in the interview.");
        }
        return notes;
    }

    static CriterionResult parts(Answer answer) {
        List<StarPart> required = List.of(StarPart.SITUATION, StarPart.TASK, StarPart.ACTION, StarPart.RESULT);
        List<String> found = new ArrayList<>();
        List<StarPart> missing = new ArrayList<>();
        for (StarPart part : required) {
            if (answer.has(part)) {
                found.add(part.title());
            } else {
                missing.add(part);
            }
        }
        if (missing.isEmpty()) {
            return CriterionResult.pass(Criterion.PARTS,
                    "Situation, Task, Action and Result all found " + answer.detection().description());
        }
        StringJoiner names = new StringJoiner(", ");
        StringJoiner advice = new StringJoiner("; ");
        for (StarPart part : missing) {
            names.add(part.title());
            advice.add("“## " + part.title() + "” or a sentence opening “" + part.exampleCue() + "”");
        }
        String evidence = "missing " + names + (found.isEmpty() ? "" : "; found " + String.join(", ", found));
        return CriterionResult.fail(Criterion.PARTS, evidence, "Add each missing part under a heading or a cue "
                + "phrase: " + advice + ".");
    }

    static CriterionResult balance(Answer answer) {
        int total = answer.words();
        if (total == 0) {
            return CriterionResult.fail(Criterion.BALANCE, "the answer has no words", FIX_BALANCE_ACTION);
        }
        int action = answer.words(StarPart.ACTION);
        int setup = answer.words(StarPart.SITUATION) + answer.words(StarPart.TASK);
        String evidence = "Action is " + percent(action, total) + " of " + total + " words (at least "
                + MIN_ACTION_PERCENT + "%); Situation and Task are " + percent(setup, total) + " (at most "
                + MAX_SETUP_PERCENT + "%)";
        if (answer.unplacedWords() > 0) {
            evidence += "; " + answer.unplacedWords() + " of the words are under headings that name no STAR part "
                    + "(use Situation, Task, Action, Result, Learning)";
        }
        boolean enoughAction = action * 100L >= MIN_ACTION_PERCENT * (long) total;
        boolean shortSetup = setup * 100L <= MAX_SETUP_PERCENT * (long) total;
        if (enoughAction && shortSetup) {
            return CriterionResult.pass(Criterion.BALANCE, evidence);
        }
        List<String> fixes = new ArrayList<>();
        if (!shortSetup) {
            fixes.add(FIX_BALANCE_SETUP);
        }
        if (!enoughAction) {
            fixes.add(FIX_BALANCE_ACTION);
        }
        return CriterionResult.fail(Criterion.BALANCE, evidence, String.join(" ", fixes));
    }

    static CriterionResult ownership(Answer answer) {
        if (!answer.has(StarPart.ACTION)) {
            return CriterionResult.fail(Criterion.OWNERSHIP, "no Action part found", FIX_NO_ACTION);
        }
        int singular = 0;
        int plural = 0;
        String mostPlural = null;
        int mostPluralCount = 0;
        for (String sentence : answer.sentences(StarPart.ACTION)) {
            int sentencePlural = 0;
            for (String word : Text.normalisedWords(sentence)) {
                if (Lexicon.FIRST_PERSON_SINGULAR.contains(word)) {
                    singular++;
                } else if (Lexicon.FIRST_PERSON_PLURAL.contains(word)) {
                    plural++;
                    sentencePlural++;
                }
            }
            if (sentencePlural > mostPluralCount) {
                mostPlural = sentence;
                mostPluralCount = sentencePlural;
            }
        }
        if (singular + plural == 0) {
            return CriterionResult.fail(Criterion.OWNERSHIP, "the Action never says who acted: no “I” and no “we” in "
                    + Text.quote(answer.sentences(StarPart.ACTION).get(0)), FIX_OWNERSHIP);
        }
        double ratio = singular / (double) (singular + plural);
        String counts = String.format("in the Action, I %d and we %d: I / (I + we) = %.2f (at least %.1f)",
                singular, plural, ratio, MIN_OWNERSHIP);
        if (ratio >= MIN_OWNERSHIP) {
            return CriterionResult.pass(Criterion.OWNERSHIP, counts);
        }
        return CriterionResult.fail(Criterion.OWNERSHIP, counts + "; most “we” in " + Text.quote(mostPlural),
                FIX_OWNERSHIP);
    }

    static CriterionResult quantifiedResult(Answer answer) {
        if (!answer.has(StarPart.RESULT)) {
            return answer.placeholders(StarPart.RESULT).stream().findFirst()
                    .map(p -> fillIn(Criterion.QUANTIFIED_RESULT, "no Result part found", p, FIX_NUMBERS))
                    .orElseGet(() -> CriterionResult.fail(Criterion.QUANTIFIED_RESULT, "no Result part found",
                            FIX_NUMBERS));
        }
        List<String> sentences = answer.sentences(StarPart.RESULT);
        int numbers = Text.numberCount(answer.text(StarPart.RESULT));
        Optional<String> pair = sentences.stream().filter(s -> Lexicon.BEFORE_AFTER.matcher(s).find()).findFirst();
        String evidence = numbers + (numbers == 1 ? " number" : " numbers") + " in the Result (at least 2), "
                + pair.map(s -> "before→after in " + Text.quote(s)).orElse("no before→after pair");
        if (numbers >= 2 && pair.isPresent()) {
            return CriterionResult.pass(Criterion.QUANTIFIED_RESULT, evidence);
        }
        Optional<String> figure = answer.placeholders(StarPart.RESULT).stream().filter(Placeholders::isFigure)
                .findFirst();
        if (figure.isPresent()) {
            return fillIn(Criterion.QUANTIFIED_RESULT, evidence, figure.get(), FIX_NUMBERS);
        }
        if (numbers == 0) {
            evidence += "; the Result says " + Text.quote(sentences.get(0));
        }
        return CriterionResult.fail(Criterion.QUANTIFIED_RESULT, evidence, FIX_NUMBERS);
    }

    static CriterionResult impact(Answer answer) {
        Optional<String> named = firstSentence(answer.sentences(StarPart.RESULT), Lexicon::namesImpact)
                .or(() -> firstSentence(answer.sentences(), Lexicon::namesImpact));
        if (named.isPresent()) {
            return CriterionResult.pass(Criterion.IMPACT, "impact named in " + Text.quote(named.get()));
        }
        String evidence = answer.has(StarPart.RESULT)
                ? "no customer, cost, deploy or security gain named; the Result says "
                + Text.quote(answer.sentences(StarPart.RESULT).get(0))
                : "no customer, cost, deploy or security gain named, and no Result part";
        return placeholderFor(answer, Lexicon::namesImpact)
                .map(placeholder -> fillIn(Criterion.IMPACT, evidence, placeholder, FIX_IMPACT))
                .orElseGet(() -> CriterionResult.fail(Criterion.IMPACT, evidence, FIX_IMPACT));
    }

    static CriterionResult reason(Answer answer) {
        Optional<String> reasoned = firstSentence(answer.sentences(), s -> Lexicon.REASON.matcher(s).find());
        if (reasoned.isPresent()) {
            return CriterionResult.pass(Criterion.REASON, "reason given in " + Text.quote(reasoned.get()));
        }
        String evidence = "no “because”, “instead of”, “rather than” or trade-off anywhere in the answer";
        return placeholderFor(answer, s -> Lexicon.REASON.matcher(s).find())
                .map(placeholder -> fillIn(Criterion.REASON, evidence, placeholder, FIX_REASON))
                .orElseGet(() -> CriterionResult.fail(Criterion.REASON, evidence, FIX_REASON));
    }

    static CriterionResult specific(Answer answer) {
        Set<String> tools = Lexicon.toolsIn(answer.text());
        List<String> habitual = answer.sentences().stream()
                .filter(s -> Lexicon.HABITUAL.anyIn(Text.normalisedWords(s))).toList();
        String named = tools.isEmpty() ? "no tools named" : "tools named: " + String.join(", ", tools);
        if (tools.size() < 2) {
            return CriterionResult.fail(Criterion.SPECIFIC, named + " (at least 2)", FIX_TOOLS);
        }
        if (habitual.size() > 1) {
            return CriterionResult.fail(Criterion.SPECIFIC, named + ", but " + habitual.size()
                    + " sentences tell a habit rather than one event, such as " + Text.quote(habitual.get(0)),
                    FIX_HABITUAL);
        }
        return CriterionResult.pass(Criterion.SPECIFIC, named);
    }

    static CriterionResult lesson(Answer answer) {
        List<String> learning = answer.sentences(StarPart.LEARNING);
        if (!learning.isEmpty()) {
            return CriterionResult.pass(Criterion.LESSON, "lesson in " + Text.quote(learning.get(0)));
        }
        Optional<String> stated = firstSentence(answer.sentences(), s -> Lexicon.LESSON.matcher(s).find());
        if (stated.isPresent()) {
            return CriterionResult.pass(Criterion.LESSON, "lesson in " + Text.quote(stated.get()));
        }
        String evidence = "no Learning part and no “I learned”, “next time” or “lesson” anywhere";
        return answer.placeholders(StarPart.LEARNING).stream().findFirst()
                .or(() -> placeholderFor(answer, s -> Lexicon.LESSON.matcher(s).find()))
                .map(placeholder -> fillIn(Criterion.LESSON, evidence, placeholder, FIX_LESSON))
                .orElseGet(() -> CriterionResult.fail(Criterion.LESSON, evidence, FIX_LESSON));
    }

    static CriterionResult length(Answer answer) {
        int words = answer.words();
        String evidence = words + (words == 1 ? " word" : " words") + ", about " + spokenTime(words)
                + " at " + SLOW_WPM + "–" + FAST_WPM + " words a minute (aim for " + MIN_WORDS + "–" + MAX_WORDS
                + " words)";
        if (words < MIN_WORDS) {
            return CriterionResult.fail(Criterion.LENGTH, evidence, FIX_TOO_SHORT);
        }
        if (words > MAX_WORDS) {
            return CriterionResult.fail(Criterion.LENGTH, evidence, FIX_TOO_LONG);
        }
        return CriterionResult.pass(Criterion.LENGTH, evidence);
    }

    static CriterionResult fillers(Answer answer) {
        int words = answer.words();
        List<String> found = new ArrayList<>();
        String firstSentence = null;
        for (String sentence : answer.sentences()) {
            for (Phrases.Match match : Lexicon.FILLERS.find(Text.normalisedWords(sentence))) {
                found.add(match.phrase());
                if (firstSentence == null) {
                    firstSentence = sentence;
                }
            }
        }
        // Short answers still get one slip: the limit is one per hundred words, and never less than one.
        boolean withinLimit = found.size() * 100L <= Math.max(100, words);
        if (found.isEmpty()) {
            return CriterionResult.pass(Criterion.FILLERS, "no fillers or hedges");
        }
        String evidence = found.size() + " in " + words + " words (at most 1 per 100): " + quoted(found)
                + "; first in " + Text.quote(firstSentence);
        return withinLimit
                ? CriterionResult.pass(Criterion.FILLERS, evidence)
                : CriterionResult.fail(Criterion.FILLERS, evidence, FIX_FILLERS);
    }

    static CriterionResult intensifiers(Answer answer) {
        List<String> bare = new ArrayList<>();
        String firstSentence = null;
        for (String sentence : answer.sentences(StarPart.RESULT)) {
            List<String> raw = Text.words(sentence);
            List<String> words = Text.normalisedWords(sentence);
            for (Phrases.Match match : Lexicon.INTENSIFIERS.find(words)) {
                if (!numberNear(raw, match)) {
                    bare.add(match.phrase());
                    if (firstSentence == null) {
                        firstSentence = sentence;
                    }
                }
            }
        }
        if (bare.isEmpty()) {
            return CriterionResult.pass(Criterion.INTENSIFIERS, answer.has(StarPart.RESULT)
                    ? "every intensifier in the Result has a number beside it, or there are none"
                    : "no Result part to check");
        }
        return CriterionResult.fail(Criterion.INTENSIFIERS, "no number within " + INTENSIFIER_REACH + " words of "
                + quoted(bare) + "; first in " + Text.quote(firstSentence), FIX_INTENSIFIERS);
    }

    /** The first of the coach's placeholders that would meet the test if it were the learner's words. */
    private static Optional<String> placeholderFor(Answer answer, Predicate<String> test) {
        return answer.placeholders().stream().filter(test).findFirst();
    }

    private static CriterionResult fillIn(Criterion criterion, String evidence, String placeholder, String fix) {
        String how = Placeholders.isFigure(placeholder)
                ? "measure it as it says, then run `./dojo interview draft` again. "
                : "replace it with your own words. ";
        return CriterionResult.fail(criterion, evidence + "; only the placeholder " + Text.quote(placeholder)
                + " stands for it", "Fill in the placeholder " + Text.quote(placeholder) + ": " + how + fix);
    }

    private static boolean numberNear(List<String> raw, Phrases.Match match) {
        int from = Math.max(0, match.index() - INTENSIFIER_REACH);
        int to = Math.min(raw.size(), match.index() + match.length() + INTENSIFIER_REACH);
        for (int i = from; i < to; i++) {
            if (Text.hasNumber(raw.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(List<String> phrases) {
        StringJoiner joined = new StringJoiner(", ");
        phrases.forEach(phrase -> joined.add("“" + phrase + "”"));
        return joined.toString();
    }

    private static Optional<String> firstSentence(List<String> sentences, Predicate<String> test) {
        return sentences.stream().filter(test).findFirst();
    }

    private static String percent(int part, int total) {
        return Math.round(part * 100.0 / total) + "%";
    }

    /** How long the words take to say, as a range from the fast rate to the slow one. */
    static String spokenTime(int words) {
        long fast = Math.round(words * 60.0 / FAST_WPM);
        long slow = Math.round(words * 60.0 / SLOW_WPM);
        return fast == slow ? Durations.describe(fast) : Durations.describe(fast) + "–" + Durations.describe(slow);
    }
}
