package dojo.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A spoken rehearsal at the terminal: the question, a timer the learner starts and stops with Enter, the time
 * against the target, and an optional transcript to score. The prompter mode scrolls a script at a set pace.
 *
 * <p>It reads and writes only the streams it is given, and takes the time from the {@link Clock} and the pace
 * from the {@link Pacer}, so a test can drive a whole session with piped input.
 */
public final class RehearsalSession {

    /** The shortest spoken answer that still tells a whole story. */
    public static final Duration TARGET_MIN = Duration.ofSeconds(60);
    /** The longest an interviewer will listen to one answer. */
    public static final Duration TARGET_MAX = Duration.ofSeconds(180);
    /** The line a learner types alone to end a pasted transcript. */
    public static final String END_OF_TRANSCRIPT = ".";

    /** The shortest timed answer a speaking rate is worked out from; a shorter one is a timer not used as meant. */
    public static final Duration MIN_TIMED_FOR_RATE = Duration.ofSeconds(20);
    /** The fastest rate anyone speaks an answer at; above it, the transcript is not what was said while timed. */
    public static final int MAX_PLAUSIBLE_WPM = 300;

    static final int WORDS_PER_PROMPTER_LINE = 8;

    private final Clock clock;
    private final Pacer pacer;

    /** A session that reads the time from {@code clock} and waits with {@code pacer}. */
    public RehearsalSession(Clock clock, Pacer pacer) {
        this.clock = clock;
        this.pacer = pacer;
    }

    static boolean withinTarget(Duration spoken) {
        return spoken.compareTo(TARGET_MIN) >= 0 && spoken.compareTo(TARGET_MAX) <= 0;
    }

    /** Runs the timed rehearsal: question, timer, verdict on the time, then the optional transcript. */
    public RehearsalOutcome run(InputStream input, PrintWriter out) {
        BufferedReader in = reader(input);
        out.println("Question: " + CoachContent.QUESTION);
        out.println();
        out.println("Press Enter to start the timer, then answer aloud. Press Enter again when you finish.");
        out.flush();
        if (readLine(in) == null) {
            out.println("No input, so the timer never started. Run it again and press Enter to begin.");
            out.flush();
            return RehearsalOutcome.abandoned();
        }
        Instant start = clock.instant();
        out.println("Timer running. Press Enter to stop.");
        out.flush();
        readLine(in);
        Duration spoken = Duration.between(start, clock.instant());
        out.println("You spoke for " + Durations.describe(spoken.toSeconds()) + ". " + verdict(spoken));
        out.println();
        out.println("To score what you said, type or paste a transcript and end it with a line holding only \""
                + END_OF_TRANSCRIPT + "\". Press Enter on an empty line to skip.");
        out.flush();
        Optional<String> transcript = readTranscript(in);
        if (transcript.isEmpty()) {
            out.println("No transcript; rehearsal done.");
            out.flush();
            return new RehearsalOutcome(Optional.of(spoken), Optional.empty(), OptionalLong.empty());
        }
        Score score = Rubric.score(transcript.get());
        OptionalLong rate = wordsPerMinute(score.words(), spoken);
        Optional<String> implausible = implausibleRate(score.words(), spoken, rate);
        if (implausible.isPresent()) {
            out.println("Speaking rate: could not be estimated: " + implausible.get() + ". To measure it, press Enter "
                    + "as you start speaking and again as you finish, then paste what you said.");
            rate = OptionalLong.empty();
        } else {
            rate.ifPresent(wpm -> out.println("Speaking rate: about " + wpm + " words a minute (comfortable: "
                    + Rubric.SLOW_WPM + "–" + Rubric.FAST_WPM + "). " + pace(wpm)));
        }
        out.println();
        out.print(score.report());
        out.flush();
        return new RehearsalOutcome(Optional.of(spoken), Optional.of(score), rate);
    }

    /** Scrolls the script's spoken text at {@code wordsPerMinute} after the learner presses Enter. */
    public Duration prompt(String script, int wordsPerMinute, InputStream input, PrintWriter out) {
        List<String> words = Text.words(Answer.parse(script).text());
        Duration length = Duration.ofMillis(Math.round(words.size() * 60_000.0 / wordsPerMinute));
        out.println("Question: " + CoachContent.QUESTION);
        out.println();
        out.println("Prompter: " + words.size() + " words at " + wordsPerMinute + " words a minute, about "
                + Durations.describe(length.toSeconds()) + ". Press Enter to start scrolling.");
        out.flush();
        if (readLine(reader(input)) == null) {
            out.println("No input, so the prompter never started. Run it again and press Enter to begin.");
            out.flush();
            return Duration.ZERO;
        }
        for (List<String> line : lines(words)) {
            out.println(String.join(" ", line));
            out.flush();
            pacer.pause(Duration.ofMillis(Math.round(line.size() * 60_000.0 / wordsPerMinute)));
        }
        out.println();
        out.println("End of script: " + Durations.describe(length.toSeconds()) + " at " + wordsPerMinute
                + " words a minute. " + verdict(length));
        out.flush();
        return length;
    }

    /** Breaks the words into short lines, ending a line early where a sentence ends so the eye can rest. */
    static List<List<String>> lines(List<String> words) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String word : words) {
            line.add(word);
            if (line.size() == WORDS_PER_PROMPTER_LINE || word.matches(".*[.!?][\"”’)]*$")) {
                lines.add(line);
                line = new ArrayList<>();
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static String verdict(Duration spoken) {
        String target = "Target " + Durations.describe(TARGET_MIN.toSeconds()) + "–"
                + Durations.describe(TARGET_MAX.toSeconds());
        if (spoken.compareTo(TARGET_MIN) < 0) {
            return target + ": too short; add the steps you took and the figures you measured.";
        }
        if (spoken.compareTo(TARGET_MAX) > 0) {
            return target + ": too long; cut the set-up and leave details for the follow-up questions.";
        }
        return target + ": within the target.";
    }

    private static String pace(long wpm) {
        if (wpm < Rubric.SLOW_WPM) {
            return "A little slow; that is fine if the pauses are deliberate.";
        }
        if (wpm > Rubric.FAST_WPM) {
            return "Fast; slow down at the numbers so they land.";
        }
        return "A good pace.";
    }

    // Piped input or a forgotten second Enter gives a time that has nothing to do with the transcript.
    private static Optional<String> implausibleRate(int words, Duration spoken, OptionalLong rate) {
        if (words == 0) {
            return Optional.empty();
        }
        if (spoken.compareTo(MIN_TIMED_FOR_RATE) < 0) {
            return Optional.of("the timer ran for " + Durations.describe(spoken.toSeconds()) + ", under the "
                    + Durations.describe(MIN_TIMED_FOR_RATE.toSeconds()) + " a rate needs");
        }
        if (rate.isPresent() && rate.getAsLong() > MAX_PLAUSIBLE_WPM) {
            return Optional.of(words + " words in " + Durations.describe(spoken.toSeconds()) + " would be "
                    + rate.getAsLong() + " words a minute, faster than anyone speaks (at most " + MAX_PLAUSIBLE_WPM
                    + "), so the transcript is not what you said while the timer ran");
        }
        return Optional.empty();
    }

    private static OptionalLong wordsPerMinute(int words, Duration spoken) {
        if (words == 0 || spoken.isZero() || spoken.isNegative()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(words * 60_000.0 / spoken.toMillis()));
    }

    private static Optional<String> readTranscript(BufferedReader in) {
        String first = readLine(in);
        if (first == null || first.isBlank() || first.strip().equals(END_OF_TRANSCRIPT)) {
            return Optional.empty();
        }
        StringBuilder transcript = new StringBuilder(first).append('\n');
        for (String line = readLine(in); line != null && !line.strip().equals(END_OF_TRANSCRIPT);
                line = readLine(in)) {
            transcript.append(line).append('\n');
        }
        return Optional.of(transcript.toString());
    }

    private static BufferedReader reader(InputStream input) {
        return new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the terminal: " + e.getMessage(), e);
        }
    }
}
