package dojo.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class DockerfileInstructionsTest {

    @Test
    void keywords_are_read_in_any_case_and_reported_in_upper_case() {
        String text = "from alpine\nRuN echo hi\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN");
    }

    @Test
    void continuation_lines_are_joined_without_their_escape_character() {
        String text = """
                FROM alpine
                RUN apk add \\
                    curl \\\t
                    git
                """;

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.arguments()).isEqualTo("apk add     curl     git");
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).as("the escape may be followed by white space").isEqualTo(4);
    }

    @Test
    void comment_and_blank_lines_inside_a_continuation_are_dropped() {
        String text = Fixtures.dockerfile("continuation-with-comments");

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.arguments()).doesNotContain("#").contains("ca-certificates").endsWith("/var/lib/apt/lists/*");
        assertThat(Dockerfile.parse(text).instructions()).hasSize(2);
        assertThat(run.endLine()).isEqualTo(8);
    }

    @Test
    void a_hash_after_the_start_of_a_line_is_not_a_comment() {
        String text = """
                FROM alpine
                RUN echo "# kept" # also kept
                """;

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.arguments()).isEqualTo("echo \"# kept\" # also kept");
    }

    @Test
    void an_indented_comment_line_is_still_a_comment() {
        String text = """
                FROM alpine
                    # RUN never runs
                RUN true
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions()).extracting(Instruction::toString)
                .containsExactly("FROM alpine", "RUN true");
    }

    @Test
    void the_escape_directive_makes_the_backtick_continue_lines_and_leaves_backslashes_alone() {
        String text = Fixtures.dockerfile("escape-backtick");

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.escapeChar()).isEqualTo('`');
        assertThat(dockerfile.instructions().get(1).arguments()).isEqualTo("dir c:\\     && echo done");
        assertThat(dockerfile.instructions().get(2).arguments()).isEqualTo("C:\\app\\ C:\\app\\");
    }

    @Test
    void directives_are_case_insensitive_and_may_have_spaces_around_the_equals_sign() {
        String text = "#  ESCAPE = `\n# Syntax=docker/dockerfile:1.7\nFROM alpine\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.escapeChar()).isEqualTo('`');
        assertThat(dockerfile.syntax()).contains("docker/dockerfile:1.7");
    }

    @Test
    void a_directive_after_a_blank_line_is_only_a_comment() {
        String text = "\n# escape=`\nFROM alpine\nRUN echo a `\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.escapeChar()).isEqualTo('\\');
        assertThat(dockerfile.instructions().get(1).arguments()).isEqualTo("echo a `");
    }

    @Test
    void a_directive_after_a_plain_comment_is_only_a_comment() {
        String text = "# build me\n# escape=`\nFROM alpine\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.escapeChar()).isEqualTo('\\');
    }

    @Test
    void exec_form_is_read_as_a_json_array() {
        String text = """
                FROM alpine
                ENTRYPOINT ["/bin/tini", "--", "say \\"hi\\"\\u0021"]
                CMD echo ["not", "json"]
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        Instruction entrypoint = dockerfile.instructions().get(1);
        Instruction cmd = dockerfile.instructions().get(2);
        assertThat(entrypoint.isExecForm()).isTrue();
        assertThat(entrypoint.execForm()).containsExactly("/bin/tini", "--", "say \"hi\"!");
        assertThat(cmd.isExecForm()).isFalse();
        assertThat(cmd.execForm()).isEmpty();
    }

    @Test
    void a_bracket_that_is_not_valid_json_is_shell_form() {
        String text = """
                FROM alpine
                CMD ['single', 'quotes']
                """;

        Instruction cmd = Dockerfile.parse(text).instructions().get(1);

        assertThat(cmd.isExecForm()).as("JSON needs double quotes").isFalse();
        assertThat(cmd.body()).isEqualTo("['single', 'quotes']");
    }

    @Test
    void exec_form_may_span_continuation_lines() {
        String text = """
                FROM alpine
                CMD ["java", \\
                     "-jar", "/app.jar"]
                """;

        Instruction cmd = Dockerfile.parse(text).instructions().get(1);

        assertThat(cmd.execForm()).containsExactly("java", "-jar", "/app.jar");
    }

    @Test
    void copy_with_a_json_list_is_not_exec_form() {
        String text = """
                FROM alpine
                COPY ["a b", "/dest/"]
                """;

        Instruction copy = Dockerfile.parse(text).instructions().get(1);

        assertThat(copy.isExecForm()).isFalse();
    }

    @Test
    void leading_flags_are_split_from_the_body_with_lower_case_names() {
        String text = """
                FROM alpine
                COPY --FROM=build --chown=app:app --link /out/app /app
                """;

        Instruction copy = Dockerfile.parse(text).instructions().get(1);

        assertThat(copy.flags()).containsExactly(
                entry("from", "build"),
                entry("chown", "app:app"),
                entry("link", ""));
        assertThat(copy.body()).isEqualTo("/out/app /app");
        assertThat(copy.arguments()).isEqualTo("--FROM=build --chown=app:app --link /out/app /app");
    }

    @Test
    void a_repeated_flag_keeps_every_value() {
        String text = """
                FROM golang:1.22
                RUN --mount=type=cache,target=/go/pkg/mod \\
                    --mount=type=cache,target=/root/.cache/go-build \\
                    go build ./...
                """;

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.flagValues("mount"))
                .containsExactly("type=cache,target=/go/pkg/mod", "type=cache,target=/root/.cache/go-build");
        assertThat(run.flags().get("mount"))
                .isEqualTo("type=cache,target=/go/pkg/mod\ntype=cache,target=/root/.cache/go-build");
        assertThat(run.body()).isEqualTo("go build ./...");
    }

    @Test
    void flags_stop_at_the_first_word_without_dashes_and_at_a_bare_double_dash() {
        String text = """
                FROM alpine
                RUN echo --not-a-flag
                RUN --network=none -- --also-not-a-flag
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions().get(1).flags()).isEmpty();
        assertThat(dockerfile.instructions().get(2).flags()).containsOnlyKeys("network");
        assertThat(dockerfile.instructions().get(2).body()).isEqualTo("--also-not-a-flag");
    }

    @Test
    void a_flag_value_may_be_quoted() {
        String text = """
                FROM alpine
                RUN --mount="type=secret,id=npm token" npm ci
                """;

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.flagValues("mount")).containsExactly("type=secret,id=npm token");
        assertThat(run.body()).isEqualTo("npm ci");
    }

    @Test
    void a_heredoc_body_is_kept_with_the_instruction_and_its_lines_counted() {
        String text = """
                FROM alpine
                RUN <<EOF
                apk add curl
                EOF
                CMD ["sh"]
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        Instruction run = dockerfile.instructions().get(1);
        assertThat(run.heredocs()).containsExactly(new Heredoc("EOF", "apk add curl\n"));
        assertThat(run.endLine()).isEqualTo(4);
        assertThat(dockerfile.instructions().get(2).line()).isEqualTo(5);
    }

    @Test
    void several_heredocs_on_one_line_are_read_one_after_another() {
        String text = """
                FROM alpine
                COPY <<first.txt <<"second.txt" /dest/
                one
                first.txt
                two $NOT_EXPANDED
                second.txt
                """;

        Instruction copy = Dockerfile.parse(text).instructions().get(1);

        assertThat(copy.heredocs()).containsExactly(
                new Heredoc("first.txt", "one\n"),
                new Heredoc("second.txt", "two $NOT_EXPANDED\n"));
    }

    @Test
    void a_dash_heredoc_strips_leading_tabs_from_its_body_and_its_terminator() {
        String text = "FROM alpine\nRUN cat <<-'END' > /greeting\n\t\thello\n\tEND\nRUN true\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions().get(1).heredocs()).containsExactly(new Heredoc("END", "hello\n"));
        assertThat(dockerfile.instructions()).hasSize(3);
    }

    @Test
    void quoted_heredoc_markers_and_exec_form_open_no_heredoc() {
        String text = """
                FROM alpine
                RUN echo "<<EOF"
                RUN ["sh", "-c", "cat <<EOF"]
                CMD cat <<EOF
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions()).hasSize(4).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
    }

    @Test
    void onbuild_exposes_the_instruction_it_triggers() {
        String text = """
                FROM alpine
                ONBUILD COPY --chown=app . /app
                """;

        Instruction onbuild = Dockerfile.parse(text).instructions().get(1);

        Instruction trigger = onbuild.trigger().orElseThrow();
        assertThat(trigger.keyword()).isEqualTo("COPY");
        assertThat(trigger.flags()).containsEntry("chown", "app");
        assertThat(trigger.body()).isEqualTo(". /app");
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_ignored() {
        String text = "\uFEFFFROM alpine\r\nRUN echo \\\r\n  hi\r\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.instructions()).extracting(Instruction::toString)
                .containsExactly("FROM alpine", "RUN echo   hi");
    }

    @Test
    void an_escape_at_the_end_of_the_last_line_ends_the_instruction() {
        String text = "FROM alpine\nRUN echo done \\";

        Instruction run = Dockerfile.parse(text).instructions().get(1);

        assertThat(run.arguments()).isEqualTo("echo done");
        assertThat(run.endLine()).isEqualTo(2);
    }

    @Test
    void onbuild_run_may_open_a_heredoc() {
        String text = """
                FROM alpine
                ONBUILD RUN <<EOF
                echo later
                EOF
                """;

        Instruction onbuild = Dockerfile.parse(text).instructions().get(1);

        assertThat(onbuild.heredocs()).containsExactly(new Heredoc("EOF", "echo later\n"));
        assertThat(onbuild.trigger().orElseThrow().heredocs()).isEqualTo(onbuild.heredocs());
    }
}
