package dojo.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RehearsalSessionTest {

    private final StringWriter output = new StringWriter();
    private final PrintWriter out = new PrintWriter(output);
    private final List<Duration> pauses = new ArrayList<>();

    private static InputStream typed(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Clock ticking(long... secondsSinceStart) {
        Deque<Instant> instants = new ArrayDeque<>();
        for (long seconds : secondsSinceStart) {
            instants.add(Instant.EPOCH.plusSeconds(seconds));
        }
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return instants.size() > 1 ? instants.poll() : instants.peek();
            }
        };
    }

    private RehearsalSession session(Clock clock) {
        return new RehearsalSession(clock, pauses::add);
    }

    @Test
    void enter_twice_times_the_answer_and_reports_it_against_the_target() {
        RehearsalSession session = session(ticking(0, 92));

        RehearsalOutcome outcome = session.run(typed("\n\n\n"), out);

        assertThat(outcome.spoken()).contains(Duration.ofSeconds(92));
        assertThat(outcome.withinTarget()).isTrue();
        assertThat(output.toString()).contains("Question: " + CoachContent.QUESTION,
                "You spoke for 1 min 32 s. Target 1 min–3 min: within the target.", "No transcript");
    }

    @Test
    void a_short_answer_is_told_it_is_too_short() {
        RehearsalSession session = session(ticking(0, 40));

        RehearsalOutcome outcome = session.run(typed("\n\n"), out);

        assertThat(outcome.withinTarget()).isFalse();
        assertThat(output.toString()).contains("You spoke for 40 s. Target 1 min–3 min: too short");
    }

    @Test
    void a_pasted_transcript_is_scored_and_gives_the_speaking_rate() {
        String transcript = "word ".repeat(210) + "\n.\n";
        RehearsalSession session = session(ticking(0, 90));

        RehearsalOutcome outcome = session.run(typed("\n\n" + transcript), out);

        assertThat(outcome.wordsPerMinute()).hasValue(140);
        assertThat(outcome.score()).isPresent();
        assertThat(output.toString()).contains("Speaking rate: about 140 words a minute", "Score: ");
    }

    @Test
    void a_rate_faster_than_anyone_speaks_is_not_estimated() {
        String transcript = "word ".repeat(210) + "\n.\n";
        RehearsalSession session = session(ticking(0, 30));

        RehearsalOutcome outcome = session.run(typed("\n\n" + transcript), out);

        assertThat(outcome.wordsPerMinute()).isEmpty();
        assertThat(output.toString()).contains("Speaking rate: could not be estimated: 210 words in 30 s would be "
                + "420 words a minute, faster than anyone speaks (at most 300)");
    }

    @Test
    void a_timer_stopped_within_twenty_seconds_gives_no_rate() {
        String transcript = "I split the build into two stages.\n.\n";
        RehearsalSession session = session(ticking(0, 5));

        RehearsalOutcome outcome = session.run(typed("\n\n" + transcript), out);

        assertThat(outcome.wordsPerMinute()).as("7 words in 5 s is a plausible 84 words a minute, but too short "
                + "a time to tell").isEmpty();
        assertThat(output.toString()).contains("Speaking rate: could not be estimated: the timer ran for 5 s, "
                + "under the 20 s a rate needs").doesNotContain("words a minute (comfortable");
    }

    @Test
    void a_transcript_may_end_at_the_end_of_the_input_instead_of_a_dot() {
        RehearsalSession session = session(ticking(0, 60));

        RehearsalOutcome outcome = session.run(typed("\n\nI decided to split the build.\nAs a result it shrank."),
                out);

        assertThat(outcome.score().orElseThrow().words()).isEqualTo(11);
    }

    @Test
    void no_input_at_all_ends_the_session_politely() {
        RehearsalSession session = session(ticking(0));

        RehearsalOutcome outcome = session.run(typed(""), out);

        assertThat(outcome.spoken()).isEmpty();
        assertThat(output.toString()).contains("No input, so the timer never started.");
    }

    @Test
    void prompter_scrolls_the_script_line_by_line_at_the_chosen_pace() {
        String script = "## Action\nI split the build into two stages. Then I measured it again and again today.";
        RehearsalSession session = session(ticking(0));

        Duration length = session.prompt(script, 120, typed("\n"), out);

        assertThat(length).isEqualTo(Duration.ofMillis(7500));
        assertThat(pauses).as("one pause per line, half a second a word at 120 words a minute")
                .containsExactly(Duration.ofMillis(3500), Duration.ofMillis(4000));
        assertThat(output.toString()).contains("I split the build into two stages.\n",
                "Then I measured it again and again today.\n");
    }

    @Test
    void prompter_lines_hold_at_most_eight_words_and_break_at_sentence_ends() {
        List<String> words = Text.words("One two. Three four five six seven eight nine ten eleven.");

        List<List<String>> lines = RehearsalSession.lines(words);

        assertThat(lines).containsExactly(List.of("One", "two."),
                List.of("Three", "four", "five", "six", "seven", "eight", "nine", "ten"), List.of("eleven."));
    }
}
