package dojo.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void markdown_headings_mark_the_parts() {
        String text = "# My answer\nIntro that is not spoken.\n## Situation\nA big image.\n## Task\nShrink it.\n"
                + "## Action\nI split the build.\n## Result\nIt shrank.\n## Learning\nMeasure first.";

        Answer answer = Answer.parse(text);

        assertThat(answer.detection()).isEqualTo(Answer.Detection.HEADINGS);
        assertThat(answer.text(StarPart.SITUATION)).isEqualTo("A big image.");
        assertThat(answer.text(StarPart.LEARNING)).isEqualTo("Measure first.");
        assertThat(answer.text()).doesNotContain("Intro");
    }

    @Test
    void bold_and_colon_labels_count_as_headings() {
        String text = "**Situation**\nA big image.\nTask: shrink it.\n**Action:** I split the build.\n"
                + "Result — it shrank.";

        Answer answer = Answer.parse(text);

        assertThat(answer.text(StarPart.SITUATION)).isEqualTo("A big image.");
        assertThat(answer.text(StarPart.TASK)).isEqualTo("shrink it.");
        assertThat(answer.text(StarPart.ACTION)).isEqualTo("I split the build.");
        assertThat(answer.text(StarPart.RESULT)).isEqualTo("it shrank.");
    }

    @Test
    void commentary_under_another_heading_is_not_part_of_the_answer() {
        String text = "## Result\nIt shrank.\n## Why this works\nBecause of numbers.";

        Answer answer = Answer.parse(text);

        assertThat(answer.text(StarPart.RESULT)).isEqualTo("It shrank.");
        assertThat(answer.words()).isEqualTo(2);
    }

    @Test
    void without_headings_cue_phrases_open_each_part() {
        String text = "At my last job the image was huge. I was asked to fix it. I decided to use two stages. "
                + "As a result it shrank. I learned to measure.";

        Answer answer = Answer.parse(text);

        assertThat(answer.detection()).isEqualTo(Answer.Detection.CUE_PHRASES);
        assertThat(answer.text(StarPart.SITUATION)).isEqualTo("At my last job the image was huge.");
        assertThat(answer.text(StarPart.TASK)).isEqualTo("I was asked to fix it.");
        assertThat(answer.text(StarPart.ACTION)).isEqualTo("I decided to use two stages.");
        assertThat(answer.text(StarPart.RESULT)).isEqualTo("As a result it shrank.");
        assertThat(answer.text(StarPart.LEARNING)).isEqualTo("I learned to measure.");
    }

    @Test
    void a_cue_for_an_earlier_part_does_not_move_the_answer_backwards() {
        String text = "I decided to drop the shell. I had to move the health check into the binary.";

        Answer answer = Answer.parse(text);

        assertThat(answer.sentences(StarPart.ACTION)).hasSize(2);
        assertThat(answer.has(StarPart.TASK)).isFalse();
    }

    @Test
    void cue_phrases_are_found_after_an_opening_so_or_then() {
        String text = "The image was big. So, I decided to split it.";

        Answer answer = Answer.parse(text);

        assertThat(answer.text(StarPart.ACTION)).isEqualTo("So, I decided to split it.");
    }

    @Test
    void a_section_headed_answer_is_read_alone() {
        String text = "# A weak answer\nRead this first.\n## The answer\nWe made it smaller.\n## What is wrong\nAll.";

        Answer answer = Answer.parse(text);

        assertThat(answer.text()).isEqualTo("We made it smaller.");
    }

    @Test
    void decimal_figures_do_not_end_a_sentence() {
        String text = "## Result\nIt went from 1.03 GB to 4.46 MB. Builds got quicker.";

        Answer answer = Answer.parse(text);

        assertThat(answer.sentences(StarPart.RESULT)).containsExactly("It went from 1.03 GB to 4.46 MB.",
                "Builds got quicker.");
    }
}
