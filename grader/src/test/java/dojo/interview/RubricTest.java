package dojo.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RubricTest {

    private static final Path INTERVIEW = Path.of(System.getProperty(RepositoryRoot.PROPERTY, "..")).resolve("interview");

    private static String read(String file) throws IOException {
        return Files.readString(INTERVIEW.resolve(file));
    }

    private static List<String> failedNames(Score score) {
        return score.failures().stream().map(CriterionResult::name).toList();
    }

    @Test
    void weak_answer_scores_low() throws IOException {
        String weak = read("weak-answer.md");

        Score score = Rubric.score(weak);

        assertThat(score.points()).as(score.report()).isLessThanOrEqualTo(3);
        assertThat(score.passes()).isFalse();
    }

    @Test
    void weak_answer_fails_on_ownership_numbers_impact_and_the_other_marks_of_vagueness() throws IOException {
        String weak = read("weak-answer.md");

        Score score = Rubric.score(weak);

        assertThat(failedNames(score)).contains(Criterion.OWNERSHIP.label(), Criterion.QUANTIFIED_RESULT.label(),
                Criterion.IMPACT.label(), Criterion.REASON.label(), Criterion.SPECIFIC.label(),
                Criterion.LESSON.label(), Criterion.LENGTH.label(), Criterion.FILLERS.label(),
                Criterion.INTENSIFIERS.label());
    }

    @Test
    void weak_answer_ownership_evidence_quotes_the_we_sentence_and_gives_the_ratio() throws IOException {
        String weak = read("weak-answer.md");

        CriterionResult ownership = Rubric.score(weak).result(Criterion.OWNERSHIP).orElseThrow();

        assertThat(ownership.evidence()).contains("I / (I + we) = 0.00").contains("“We looked at a few");
        assertThat(ownership.fix()).contains("Say what you yourself did");
    }

    @Test
    void weak_answer_intensifiers_are_flagged_with_their_sentence() throws IOException {
        String weak = read("weak-answer.md");

        CriterionResult intensifiers = Rubric.score(weak).result(Criterion.INTENSIFIERS).orElseThrow();

        assertThat(intensifiers.evidence()).contains("“a lot”", "“really”", "a lot smaller");
    }

    @Test
    void model_answer_scores_high_and_passes() throws IOException {
        String model = read("model-answer.md");

        Score score = Rubric.score(model);

        assertThat(score.points()).as(score.report()).isEqualTo(score.outOf());
        assertThat(score.passes()).isTrue();
    }

    @Test
    void two_minute_script_passes_the_rubric() throws IOException {
        String script = read("scripts/answer-2min.md");

        Score score = Rubric.score(script);

        assertThat(score.passes()).as(score.report()).isTrue();
    }

    @Test
    void sixty_second_script_is_short_by_design_and_fails_only_on_length() throws IOException {
        String script = read("scripts/answer-60s.md");

        Score score = Rubric.score(script);

        assertThat(failedNames(score)).containsExactly(Criterion.LENGTH.label());
    }

    @Test
    void empty_answer_says_so_first_and_fails_every_criterion_without_throwing() {
        Score score = Rubric.score("");

        assertThat(score.words()).isZero();
        assertThat(score.notes()).first().asString().startsWith("the answer is empty");
        assertThat(score.points()).isZero();
        assertThat(score.criteria()).allSatisfy(result -> assertThat(result.evidence()).isEqualTo("the answer is empty"));
    }

    @Test
    void whitespace_only_answer_is_empty_and_meets_no_criterion_not_even_no_fillers() {
        Score score = Rubric.score("  \n\t\n   ");

        assertThat(score.notes()).first().asString().startsWith("the answer is empty");
        assertThat(score.result(Criterion.FILLERS).orElseThrow().passed()).isFalse();
        assertThat(score.result(Criterion.INTENSIFIERS).orElseThrow().passed()).isFalse();
    }

    @Test
    void a_short_answer_is_not_ready_however_many_criteria_it_meets() {
        String answer = "## Situation\nAt my last job our Go image was 1 GB.\n## Task\nI had to shrink it.\n"
                + "## Action\nI split the Dockerfile into two stages, I copied only the binary, and I chose distroless "
                + "over alpine because musl breaks DNS lookups.\n"
                + "## Result\nThe image went from 1.03 GB to 4.46 MB, so deploys got faster for customers.\n"
                + "## Learning\nI learned to measure first.";

        Score score = Rubric.score(answer);

        assertThat(score.points()).as(score.report()).isGreaterThanOrEqualTo(Score.PASS_MARK);
        assertThat(failedNames(score)).contains(Criterion.LENGTH.label());
        assertThat(score.passes()).isFalse();
        assertThat(score.report()).startsWith("Score: 9/11 — not ready yet");
    }

    @Test
    void balance_counts_the_words_under_headings_the_coach_does_not_recognise() {
        String german = "## Situation\nBei meiner letzten Firma war unser Image über ein Gigabyte groß.\n"
                + "## Aufgabe\nIch sollte es verkleinern.\n## Handlung\nIch habe das Dockerfile in zwei Stufen "
                + "geteilt und nur die Binärdatei kopiert.\n## Ergebnis\nDas Image schrumpfte auf wenige Megabyte.";

        CriterionResult balance = Rubric.score(german).result(Criterion.BALANCE).orElseThrow();

        assertThat(balance.evidence()).startsWith("Action is 0% of 34 words")
                .contains("23 of the words are under headings that name no STAR part");
    }

    @Test
    void a_placeholder_is_never_evidence_of_impact() {
        String answer = "## Result\nThe image went from 1.03 GB to 4.46 MB. [fill in: who gained, and how: faster "
                + "deploys, a smaller registry bill, fewer CVEs for security to triage.]";

        CriterionResult impact = Rubric.score(answer).result(Criterion.IMPACT).orElseThrow();

        assertThat(impact.passed()).isFalse();
        assertThat(impact.fix()).startsWith("Fill in the placeholder “[fill in: who gained, and how:");
    }

    @Test
    void a_placeholder_is_never_evidence_of_a_reason() {
        String answer = "## Action\nI split the build. [fill in: your reason for the final base image, and the "
                + "trade-off you accepted.]";

        CriterionResult reason = Rubric.score(answer).result(Criterion.REASON).orElseThrow();

        assertThat(reason.passed()).isFalse();
        assertThat(reason.fix()).startsWith("Fill in the placeholder “[fill in: your reason");
    }

    @Test
    void a_learning_part_holding_only_a_placeholder_states_no_lesson() {
        String answer = "## Action\nI split the build.\n## Learning\n[fill in: one lesson you would carry to your "
                + "next project.]";

        CriterionResult lesson = Rubric.score(answer).result(Criterion.LESSON).orElseThrow();

        assertThat(lesson.passed()).isFalse();
        assertThat(lesson.fix()).startsWith("Fill in the placeholder “[fill in: one lesson");
    }

    @Test
    void placeholders_are_not_counted_as_words() {
        Score score = Rubric.score("## Action\nI split the build. [fill in: your reason, in a sentence or two.]");

        assertThat(score.words()).isEqualTo(4);
    }

    @Test
    void an_answer_with_a_placeholder_left_is_not_ready_and_names_it() throws IOException {
        String model = read("model-answer.md").replace("## Learning\n", "## Learning\n\n[fill in: a lesson.] ");

        Score score = Rubric.score(model);

        assertThat(score.passes()).as(score.report()).isFalse();
        assertThat(score.notes()).first().asString()
                .isEqualTo("1 placeholder still to fill in: “[fill in: a lesson.]”. They are the coach's guidance, "
                        + "not your answer, so they never count as evidence.");
    }

    @Test
    void one_word_answer_is_a_situation_with_everything_else_missing() {
        Score score = Rubric.score("Docker");

        assertThat(score.words()).isEqualTo(1);
        assertThat(score.result(Criterion.PARTS).orElseThrow().evidence())
                .isEqualTo("missing Task, Action, Result; found Situation");
        assertThat(score.result(Criterion.LENGTH).orElseThrow().evidence()).startsWith("1 word,");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void five_thousand_words_are_scored_quickly_and_failed_as_too_long() {
        String sentence = "I rewrote the Dockerfile because we wanted less, and basically it went from 5 to 2. ";
        String huge = sentence.repeat(5000 / 16 + 1);

        Score score = Rubric.score(huge);

        assertThat(score.words()).isGreaterThanOrEqualTo(5000);
        assertThat(score.result(Criterion.LENGTH).orElseThrow().passed()).isFalse();
        assertThat(score.result(Criterion.LENGTH).orElseThrow().fix()).contains("Cut the set-up");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void five_thousand_words_without_punctuation_are_scored_quickly() {
        String huge = "from image to size ".repeat(1250);

        Score score = Rubric.score(huge);

        assertThat(score.words()).isEqualTo(5000);
    }

    @Test
    void non_english_answer_is_read_without_error_and_noted_as_not_english() {
        String german = "## Situation\nBei meiner letzten Firma war unser Image über ein Gigabyte groß.\n"
                + "## Aufgabe\nIch sollte es verkleinern.\n## Handlung\nIch habe das Dockerfile in zwei Stufen "
                + "geteilt und nur die Binärdatei kopiert.\n## Ergebnis\nDas Image schrumpfte auf wenige Megabyte.";

        Score score = Rubric.score(german);

        assertThat(score.notes()).anySatisfy(note -> assertThat(note).contains("does not read as English"));
        assertThat(score.passes()).isFalse();
    }

    @Test
    void answer_without_headings_is_split_by_its_cue_phrases_and_can_still_pass() throws IOException {
        String prose = Answer.parse(read("model-answer.md")).text();

        Score score = Rubric.score(prose);

        assertThat(score.notes()).anySatisfy(note -> assertThat(note).contains("by cue phrases"));
        assertThat(score.result(Criterion.PARTS).orElseThrow().passed()).as(score.report()).isTrue();
        assertThat(score.passes()).as(score.report()).isTrue();
    }

    @Test
    void intensifier_beside_its_number_is_not_flagged() {
        String answer = "## Result\nThe image is dramatically smaller, from 1.03 GB to 4.46 MB.";

        CriterionResult intensifiers = Rubric.score(answer).result(Criterion.INTENSIFIERS).orElseThrow();

        assertThat(intensifiers.passed()).isTrue();
    }

    @Test
    void result_with_numbers_but_no_before_and_after_is_not_quantified() {
        String answer = "## Result\nThe image is now 4.46 MB and builds in 12 s.";

        CriterionResult quantified = Rubric.score(answer).result(Criterion.QUANTIFIED_RESULT).orElseThrow();

        assertThat(quantified.passed()).isFalse();
        assertThat(quantified.evidence()).isEqualTo("2 numbers in the Result (at least 2), no before→after pair");
    }

    @Test
    void arrow_between_two_figures_counts_as_before_and_after() {
        String answer = "## Result\nImage 1.03 GB → 4.46 MB.";

        CriterionResult quantified = Rubric.score(answer).result(Criterion.QUANTIFIED_RESULT).orElseThrow();

        assertThat(quantified.passed()).isTrue();
    }

    @Test
    void kata_ids_in_placeholders_are_not_counted_as_measured_numbers() {
        String answer = "## Result\nThe image went from [before size: grade 01-go-static] to "
                + "[after size: grade 01-go-static].";

        CriterionResult quantified = Rubric.score(answer).result(Criterion.QUANTIFIED_RESULT).orElseThrow();

        assertThat(quantified.passed()).isFalse();
        assertThat(quantified.evidence()).startsWith("0 numbers");
    }

    @Test
    void action_told_as_a_habit_is_not_one_specific_event() {
        String answer = "## Action\nI usually split a Dockerfile into stages. I always pick distroless.";

        CriterionResult specific = Rubric.score(answer).result(Criterion.SPECIFIC).orElseThrow();

        assertThat(specific.passed()).isFalse();
        assertThat(specific.fix()).contains("past tense");
    }

    @Test
    void one_filler_in_a_short_answer_is_forgiven() {
        String answer = "## Action\nI basically rewrote the Dockerfile.";

        CriterionResult fillers = Rubric.score(answer).result(Criterion.FILLERS).orElseThrow();

        assertThat(fillers.passed()).isTrue();
    }
}
