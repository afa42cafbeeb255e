package dojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.kata.KataRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassCommandTest {

    private static final String KATA = "01-go-static";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ClassCommand command = new ClassCommand();
    private Path submissions;

    @BeforeEach
    void a_repository_with_one_kata_and_a_grader_without_an_engine() throws IOException {
        Path root = temp.resolve("repo");
        Files.createDirectories(root.resolve("katas").resolve(KATA).resolve("test/dojo/katas"));
        Files.writeString(root.resolve("katas").resolve(KATA).resolve("Dockerfile"), "FROM debian:bookworm\n");
        Files.writeString(root.resolve("katas").resolve(KATA).resolve("test/dojo/katas/GoStaticKata.java"), "");
        submissions = Files.createDirectories(temp.resolve("submissions"));
        command.root = root;
        command.grader = (kata, parameters) -> new KataRun(List.of(
                CheckResult.pass(Checks.BUILDS, "the Dockerfile builds", "", "", "")),
                com.fasterxml.jackson.databind.node.MissingNode.getInstance(), List.of());
        command.sweeper = label -> 0;
    }

    @Test
    void prints_a_points_line_per_learner_and_exits_0() throws IOException {
        Files.createDirectories(submissions.resolve("ana").resolve(KATA));
        Files.writeString(submissions.resolve("ana").resolve(KATA).resolve("Dockerfile"), "FROM scratch\n");
        Files.createDirectories(submissions.resolve("bo"));

        int status = run(submissions.toString(), "--out", temp.resolve("out").toString(), "--jobs", "1");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("ana +Points 2/2").containsPattern("bo +Points 0/2");
        assertThat(err.toString()).contains("[2/2]").contains("elapsed").contains("left");
    }

    @Test
    void a_missing_submissions_folder_is_bad_input_in_one_line() {
        int status = run(temp.resolve("nowhere").toString(), "--out", temp.resolve("out").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("Exception")
                .startsWith("dojo class: there is no folder").contains("pass the folder");
    }

    @Test
    void an_output_folder_inside_the_submissions_is_refused() {
        int status = run(submissions.toString(), "--out", submissions.resolve("results").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("overlap").contains("outside the submissions");
    }

    @Test
    void an_unknown_kata_names_the_known_ones() {
        int status = run(submissions.toString(), "--out", temp.resolve("out").toString(), "--kata", "99-nope");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("no kata named '99-nope'").contains(KATA);
    }

    @Test
    void a_malformed_shard_says_the_expected_form() {
        int status = run(submissions.toString(), "--out", temp.resolve("out").toString(), "--shard", "3");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--shard").contains("for example 2/4");
    }

    @Test
    void context_limits_read_as_decimal_sizes() throws ClassCommand.BadInput {
        assertThat(ClassCommand.bytes("100MB")).isEqualTo(100_000_000L);
        assertThat(ClassCommand.bytes("2g")).isEqualTo(2_000_000_000L);
        assertThat(ClassCommand.bytes("512")).isEqualTo(512L);
    }

    private int run(String... arguments) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(arguments);
    }
}
