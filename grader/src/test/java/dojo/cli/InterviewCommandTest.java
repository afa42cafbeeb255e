package dojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.interview.Pacer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InterviewCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("dojo.root", "..")).toAbsolutePath().normalize();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int runWithInput(String input, String... args) {
        InterviewCommand command = new InterviewCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), duration -> { });
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private int run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void template_prints_the_coached_template() {
        int exit = run("template");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("# STAR answer template", "## Situation", "## Learning");
    }

    @Test
    void score_passes_the_model_answer_with_exit_code_zero() {
        int exit = run("score", ROOT.resolve("interview/model-answer.md").toString());

        assertThat(exit).as(out.toString()).isEqualTo(InterviewCommand.OK);
        assertThat(out.toString()).startsWith("Score: 11/11 — ready to tell");
    }

    @Test
    void score_fails_the_weak_answer_with_exit_code_one_and_prints_fixes() {
        int exit = run("score", ROOT.resolve("interview/weak-answer.md").toString());

        assertThat(exit).isEqualTo(InterviewCommand.BELOW_PASS);
        assertThat(out.toString()).contains("FAIL  ownership in the Action", "evidence: ", "fix: ");
    }

    @Test
    void score_of_a_missing_file_names_it_on_one_line_with_exit_code_two() {
        int exit = run("score", "no-such-answer.md");

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("dojo interview score: no such file: no-such-answer.md; pass the path "
                + "of your answer, for example `./dojo interview score interview/model-answer.md`"
                + System.lineSeparator());
    }

    @Test
    void score_without_a_file_is_a_usage_error() {
        int exit = run("score");

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void score_reads_standard_input_when_the_file_is_a_dash() {
        int exit = runWithInput("I decided to rewrite it.", "score", "-");

        assertThat(exit).isEqualTo(InterviewCommand.BELOW_PASS);
        assertThat(out.toString()).contains("5 words");
    }

    @Test
    void draft_without_results_prints_placeholders(@TempDir Path root) {
        int exit = run("draft", "--root", root.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("[before size: grade 01-go-static]", "## Still to measure");
    }

    @Test
    void draft_with_results_prints_the_measured_figures(@TempDir Path root) throws IOException {
        Path results = Files.createDirectories(root.resolve(".dojo/results"));
        Files.writeString(results.resolve("01-go-static.json"), """
                {"kata":"01-go-static","attempts":[
                 {"gradedAt":"2026-12-03T18:00:00Z","imageBytes":1030000000,"multiStage":false,"passed":false},
                 {"gradedAt":"2026-12-04T18:00:00Z","imageBytes":4460000,"multiStage":true,"passed":true}]}""");

        int exit = run("draft", "--root", root.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("The image went from 1.03 GB to 4.46 MB (99.6% smaller)");
    }

    @Test
    void the_unedited_draft_is_not_ready_to_tell_and_names_the_placeholders_left(@TempDir Path root)
            throws IOException {
        Path results = Files.createDirectories(root.resolve(".dojo/results"));
        Files.writeString(results.resolve("01-go-static.json"), """
                {"kata":"01-go-static","attempts":[
                 {"gradedAt":"2026-12-03T18:00:00Z","dockerfile":"katas/01-go-static/Dockerfile","buildSeconds":0.8,
                  "imageBytes":1030000000,"layers":5,"multiStage":false,"toolchains":["/usr/bin/gcc"],"packages":312,
                  "passed":false},
                 {"gradedAt":"2026-12-04T18:00:00Z","dockerfile":"katas/01-go-static/Dockerfile","buildSeconds":16.7,
                  "imageBytes":4460000,"layers":2,"multiStage":true,"toolchains":[],"packages":0,"passed":true}]}""");
        run("draft", "--root", root.toString());
        Path draft = Files.writeString(root.resolve("d.md"), out.toString());
        out.getBuffer().setLength(0);

        int exit = run("score", draft.toString());

        assertThat(exit).as(out.toString()).isEqualTo(InterviewCommand.BELOW_PASS);
        assertThat(out.toString()).contains("not ready yet", "placeholders still to fill in: “[fill in: your team",
                "Fill in the placeholder “[fill in: who gained", "Fill in the placeholder “[fill in: your reason",
                "Fill in the placeholder “[fill in: one lesson");
    }

    @Test
    void score_of_a_directory_says_it_is_not_an_answer_file(@TempDir Path folder) {
        int exit = run("score", folder.toString());

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).startsWith("dojo interview score: " + folder + " is a directory, not an answer "
                + "file");
    }

    @Test
    void score_of_a_binary_file_says_it_is_not_utf8_text(@TempDir Path folder) throws IOException {
        Path binary = Files.write(folder.resolve("binary.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, 0x7F});

        int exit = run("score", binary.toString());

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("dojo interview score: " + binary + " is not UTF-8 text; save it as "
                + "UTF-8 and try again" + System.lineSeparator());
    }

    @Test
    void rehearse_prompter_with_a_binary_file_says_it_is_not_utf8_text(@TempDir Path folder) throws IOException {
        Path binary = Files.write(folder.resolve("binary.bin"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41});

        int exit = runWithInput("\n", "rehearse", "--prompter", binary.toString(), "--root", ROOT.toString());

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains(binary + " is not UTF-8 text; save it as UTF-8 and try again")
                .doesNotContain("Input length");
    }

    @Test
    void rehearse_prompter_with_a_directory_says_it_is_not_an_answer_file(@TempDir Path folder) {
        int exit = runWithInput("\n", "rehearse", "--prompter", folder.toString(), "--root", ROOT.toString());

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains(folder + " is a directory, not an answer file");
    }

    @Test
    void rehearse_with_piped_input_and_a_transcript_does_not_make_up_a_speaking_rate() {
        int exit = runWithInput("\n\nI split the build into two stages.\n.\n", "rehearse");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Speaking rate: could not be estimated: the timer ran for 0 s")
                .doesNotContainPattern("about \\d+ words a minute");
    }

    @Test
    void template_from_a_folder_without_the_coach_files_says_how_to_restore_them(@TempDir Path root) {
        int exit = run("template", "--root", root.toString());

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains("interview/template.md is missing",
                "restore it with `git checkout -- interview/template.md`");
    }

    @Test
    void rehearse_with_piped_input_times_the_answer() {
        int exit = runWithInput("\n\n\n", "rehearse");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Press Enter to start the timer", "You spoke for 0 s", "too short");
    }

    @Test
    void rehearse_prompter_scrolls_the_shipped_script() {
        int exit = runWithInput("\n", "rehearse", "--prompter", "60s", "--wpm", "150");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Prompter: 150 words at 150 words a minute, about 1 min.",
                "End of script: 1 min at 150 words a minute.");
    }

    @Test
    void rehearse_prompter_refuses_an_unusable_pace() {
        int exit = runWithInput("\n", "rehearse", "--prompter", "60s", "--wpm", "5");

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains("--wpm 5 is outside 60–300; try --wpm 140");
    }

    @Test
    void rehearse_prompter_with_an_unknown_script_names_the_choices() {
        int exit = runWithInput("\n", "rehearse", "--prompter", "nope");

        assertThat(exit).isEqualTo(InterviewCommand.BAD_INPUT);
        assertThat(err.toString()).contains("no answer script 'nope': use 60s, 2min, or the path");
    }

    @Test
    void interview_alone_prints_its_subcommands() {
        int exit = run();

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("template", "draft", "score", "rehearse");
    }

    @Test
    void the_default_constructor_reads_the_terminal_and_can_be_registered_by_main() {
        CommandLine commandLine = new CommandLine(new InterviewCommand());

        assertThat(commandLine.getSubcommands()).containsKeys("template", "draft", "score", "rehearse");
        assertThat(Pacer.sleeping()).isNotNull();
    }
}
