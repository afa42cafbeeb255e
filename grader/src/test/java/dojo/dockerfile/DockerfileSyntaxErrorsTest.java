package dojo.dockerfile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxErrorsTest {

    @Test
    void a_misspelt_keyword_is_reported_with_its_line_and_the_keyword_it_resembles() {
        String text = "FROM alpine\n\nFORM alpine\n";

        AbstractThrowableAssert<?, ?> thrown = assertThatParseFails(text);

        thrown.hasMessage("line 3: unknown instruction FORM (did you mean FROM?)");
        thrown.extracting("line").isEqualTo(3);
    }

    @Test
    void a_line_that_lost_its_continuation_asks_about_the_line_above() {
        String text = """
                FROM alpine
                RUN apk update
                    && apk add curl
                """;

        assertThatParseFails(text)
                .hasMessageStartingWith("line 3: unknown instruction &&")
                .hasMessageContaining("end the line above with \\");
    }

    @Test
    void an_unknown_word_far_from_any_keyword_lists_the_keywords() {
        String text = "FROM alpine\nBANANA split\n";

        assertThatParseFails(text)
                .hasMessageStartingWith("line 2: unknown instruction BANANA; a line starts with one of FROM, RUN");
    }

    @Test
    void an_empty_dockerfile_says_so() {
        String text = "";

        assertThatParseFails(text).hasMessageStartingWith("line 1: the Dockerfile is empty: ");
    }

    @Test
    void a_dockerfile_of_only_comments_is_empty() {
        String text = "# syntax=docker/dockerfile:1\n\n# nothing here\n";

        assertThatParseFails(text)
                .hasMessageContaining("the Dockerfile is empty: ");
    }

    @Test
    void only_args_and_no_from_is_an_error() {
        String text = "ARG A=1\nARG B=2\n";

        assertThatParseFails(text).hasMessageStartingWith("line 2: the Dockerfile has no FROM");
    }

    @Test
    void an_instruction_other_than_arg_before_the_first_from_is_an_error() {
        String text = """
                ARG TAG=3.20
                RUN echo too early
                FROM alpine:${TAG}
                """;

        assertThatParseFails(text)
                .hasMessageStartingWith("line 2: RUN comes before the first FROM, where only ARG may appear");
    }

    @Test
    void copy_from_an_index_beyond_the_stages_is_an_error() {
        String text = """
                FROM alpine
                FROM alpine
                FROM alpine
                COPY --from=5 /x /x
                """;

        assertThatParseFails(text)
                .hasMessage("line 4: COPY --from=5 refers to stage 5, but the Dockerfile has only stages 0..2");
    }

    @Test
    void copy_from_its_own_stage_by_index_is_an_error() {
        String text = """
                FROM alpine
                COPY --from=0 /x /x
                """;

        assertThatParseFails(text).hasMessageStartingWith("line 2: COPY --from=0 copies from its own stage, stage 0;");
    }

    @Test
    void copy_from_its_own_stage_by_name_is_an_error() {
        String text = """
                FROM alpine AS build
                COPY --from=BUILD /x /x
                """;

        assertThatParseFails(text).hasMessageStartingWith("line 2: COPY --from=BUILD copies from its own stage");
    }

    @Test
    void stages_that_copy_from_each_other_in_a_circle_are_an_error() {
        String text = """
                FROM alpine AS a
                COPY --from=b /x /x
                FROM alpine AS b
                COPY --from=a /y /y
                """;

        assertThatParseFails(text).hasMessageContaining("in a circle (a -> b -> a)");
    }

    @Test
    void an_unterminated_heredoc_is_reported_on_its_instruction_line() {
        String text = """
                FROM alpine
                RUN <<EOF
                echo never closed
                """;

        assertThatParseFails(text).hasMessageStartingWith("line 2: the heredoc <<EOF is never closed");
    }

    @Test
    void an_exec_form_array_of_other_than_strings_is_an_error() {
        String text = "FROM alpine\nCMD [\"sleep\", 5]\n";

        assertThatParseFails(text)
                .hasMessageStartingWith("line 2: CMD is written as a JSON array, but element 2 is not a string");
    }

    @Test
    void from_with_two_words_is_an_error() {
        String text = "FROM alpine build\n";

        assertThatParseFails(text)
                .hasMessageStartingWith("line 1: FROM takes an image and optionally AS and a stage name");
    }

    @Test
    void a_stage_name_starting_with_a_digit_is_an_error() {
        String text = "FROM alpine AS 1st\n";

        assertThatParseFails(text).hasMessageStartingWith("line 1: the stage name 1st is not valid");
    }

    @Test
    void two_stages_with_the_same_name_are_an_error() {
        String text = "FROM alpine AS app\nFROM busybox AS App\n";

        assertThatParseFails(text)
                .hasMessageStartingWith("line 2: the stage name app is already used by the stage on line 1");
    }

    @Test
    void a_from_whose_args_expand_to_nothing_is_an_error() {
        String text = "ARG IMAGE\nFROM ${IMAGE}\n";

        assertThatParseFails(text)
                .hasMessageStartingWith("line 2: FROM ${IMAGE} names no image");
    }

    @Test
    void an_escape_directive_other_than_backslash_or_backtick_is_an_error() {
        String text = "# escape=|\nFROM alpine\n";

        assertThatParseFails(text).hasMessageStartingWith("line 1: the escape directive sets '|'");
    }

    @Test
    void a_required_arg_that_is_not_set_is_an_error() {
        String text = "ARG TAG\nFROM alpine:${TAG:?required}\n";

        assertThatParseFails(text)
                .hasMessage("line 2: TAG is not set: required");
    }

    @Test
    void onbuild_cannot_trigger_from() {
        String text = "FROM alpine\nONBUILD FROM busybox\n";

        assertThatParseFails(text)
                .hasMessage("line 2: FROM is not allowed as an ONBUILD trigger");
    }

    private static AbstractThrowableAssert<?, ?> assertThatParseFails(String text) {
        return assertThatThrownBy(() -> Dockerfile.parse(text)).isInstanceOf(DockerfileSyntaxException.class);
    }
}
