package dojo.katas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.cli.ClassCommand;
import dojo.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A class of twelve synthetic learners, most handing in variants of the kata 01 solution (so BuildKit's cache
 * keeps this fast) and the rest everything a hostile or careless class hands in: an endless build, an app that
 * never answers, a fork bomb, a 2 GB build context, no Dockerfile, a syntax error, stray files and links, forged
 * result files, names that clash. The run must grade or report every one and leave nothing behind on the engine.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomReliabilityTest {

    private static final String KATA = "01-go-static";
    private static final String ENDLESS_MARKER = "dojo-classroom-endless-build";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private Path submissions;
    private Path out;
    private int status;
    private String shown;
    private final Map<String, String> outcomes = new HashMap<>();
    private long seconds;

    @BeforeAll
    void grade_a_class_of_twelve() throws IOException {
        submissions = temp.resolve("submissions");
        out = temp.resolve("results");
        handIn("ana", "gold.Dockerfile");
        handIn("Ana", "runs-as-root.Dockerfile");
        handInClone("bo.v2 (late)", "gold.Dockerfile");
        handIn("looper", "endless-build.Dockerfile");
        handIn("silent", "never-answers.Dockerfile");
        handIn("forker", "fork-bomb.Dockerfile");
        try (RandomAccessFile dataset = new RandomAccessFile(handIn("hoarder", "gold.Dockerfile")
                .resolve("dataset.bin").toFile(), "rw")) {
            dataset.setLength(2L * 1000 * 1000 * 1000);
        }
        Path nobody = Files.createDirectories(submissions.resolve("nobody").resolve(KATA).resolve("app"));
        Files.writeString(nobody.resolve("main.go"), "package main\n");
        handIn("typo", "syntax-error.Dockerfile");
        Path messy = handIn("messy", "gold.Dockerfile");
        Files.writeString(messy.resolve("notes.txt"), "stray notes\n");
        Files.createDirectories(messy.resolve(".git"));
        Files.writeString(messy.resolve(".git").resolve("HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(messy.resolve("app"));
        Files.createSymbolicLink(messy.resolve("app").resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(messy.resolve("everything"), Path.of("/"));
        Files.copy(fixture("run-me.sh"), messy.resolve("run-me.sh"));
        messy.resolve("run-me.sh").toFile().setExecutable(true);
        Files.writeString(submissions.resolve("messy").resolve("README.txt"), "not a kata\n");
        Path mallory = handIn("mallory", "runs-as-root.Dockerfile");
        Files.copy(fixture("fake-results.json"), mallory.resolve("results.json"));
        Files.writeString(mallory.resolve("junit.xml"), "<testsuites tests=\"0\"/>");
        Path forged = Files.createDirectories(submissions.resolve("mallory").resolve("learners").resolve("ana"));
        Files.copy(fixture("fake-results.json"), forged.resolve("results.json"));
        Files.writeString(submissions.resolve("mallory").resolve("gradebook.csv"), "learner\nmallory,100\n");
        Path zoe = Files.createDirectories(submissions.resolve("Zoë Ünicode").resolve("01-go-statik"));
        Files.copy(fixture("gold.Dockerfile"), zoe.resolve("Dockerfile"));
        Files.writeString(submissions.resolve("instructions.txt"), "not a learner\n");

        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine command = new CommandLine(new ClassCommand());
        command.setOut(new PrintWriter(output, true));
        command.setErr(new PrintWriter(errors, true));
        long started = System.nanoTime();
        status = command.execute(submissions.toString(), "--out", out.toString(), "--jobs", "2", "--kata", KATA,
                "--build-timeout", "60", "--probe-timeout", "10", "--context-limit", "100MB");
        seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        shown = output + "\n" + errors;
        for (String line : Files.readAllLines(out.resolve("gradebook.csv")).subList(1, 13)) {
            String[] cells = line.split(",", -1);
            outcomes.put(cells[1], cells[2]);
        }
    }

    @Test
    void the_run_completes_with_exit_status_0() {
        assertThat(status).as(shown).isZero();
    }

    @Test
    void every_learner_has_a_row_with_the_expected_outcome() throws IOException {
        assertThat(Files.readAllLines(out.resolve("gradebook.csv"))).as(shown).hasSize(13);
        assertThat(outcomes).as("outcomes after %d s:%n%s", seconds, shown).containsOnly(
                Map.entry("ana", "passed"),
                Map.entry("Ana", "failed"),
                Map.entry("bo.v2 (late)", "passed"),
                Map.entry("looper", "timed-out"),
                Map.entry("silent", "timed-out"),
                Map.entry("forker", "timed-out"),
                Map.entry("hoarder", "refused"),
                Map.entry("nobody", "missing"),
                Map.entry("typo", "build-failed"),
                Map.entry("messy", "passed"),
                Map.entry("mallory", "failed"),
                Map.entry("Zoë Ünicode", "missing"));
    }

    @Test
    void every_learner_gets_a_points_line() {
        assertThat(shown.lines().filter(line -> line.matches(".*Points \\d+/\\d+.*"))).hasSize(12);
    }

    @Test
    void nothing_of_the_run_is_left_on_the_engine() throws IOException, InterruptedException {
        String label = runLabelPrefix();

        assertThat(labelled("ps", "-a", "--format", "{{.Label \"" + Engine.RUN_LABEL + "\"}}")
                .filter(value -> value.startsWith(label))).as("containers").isEmpty();
        assertThat(labelled("images", "--filter", "label=" + Engine.RUN_LABEL, "--format", "{{.ID}}")
                .filter(image -> imageLabel(image).startsWith(label))).as("images").isEmpty();
        assertThat(labelled("network", "ls", "--format", "{{.Label \"" + Engine.RUN_LABEL + "\"}}")
                .filter(value -> value.startsWith(label))).as("networks").isEmpty();
    }

    @Test
    void the_endless_build_is_stopped_and_burns_no_cpu_afterwards() {
        List<String> stillRunning = ProcessHandle.allProcesses()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains(ENDLESS_MARKER) || line.contains("dev.multistagedojo.run=class-"))
                .toList();

        assertThat(outcomes.get("looper")).isEqualTo("timed-out");
        assertThat(stillRunning).as("the loop and the docker build client are gone").isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("no process this run started still runs").isEmpty();
    }

    @Test
    void forged_files_in_a_submission_change_no_one_s_results() throws IOException {
        JsonNode ana = JSON.readTree(out.resolve("learners/ana/results.json").toFile());
        JsonNode mallory = JSON.readTree(out.resolve("learners/mallory/results.json").toFile());

        assertThat(ana.path("status").asText()).isEqualTo("pass");
        assertThat(ana.path("tests").size()).isGreaterThan(5);
        assertThat(mallory.path("status").asText()).isEqualTo("fail");
        assertThat(Files.readString(out.resolve("gradebook.csv"))).doesNotContain("mallory,100");
        assertThat(Files.exists(submissions.resolve("ran-a-learner-script"))).as("a learner's script ran").isFalse();
    }

    @Test
    void learners_whose_names_clash_get_their_own_outputs() throws IOException {
        try (Stream<Path> folders = Files.list(out.resolve("learners"))) {
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .hasSize(12).contains("ana").allMatch(id -> id.matches("[a-z0-9_-]+"));
        }
    }

    @Test
    void every_junit_report_is_well_formed_and_the_page_links_to_nothing() throws Exception {
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("learners"))) {
            files.filter(file -> file.getFileName().toString().equals("junit.xml")).forEach(reports::add);
        }

        assertThat(reports).hasSize(12);
        for (Path report : reports) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                    .getDocumentElement().getTagName()).isEqualTo("testsuites");
        }
        assertThat(Files.readString(out.resolve("gradebook.html")))
                .doesNotContain("http://", "https://", "<script", "src=", "<link");
    }

    private Path handIn(String learner, String dockerfile) throws IOException {
        Path kata = Files.createDirectories(submissions.resolve(learner).resolve(KATA));
        Files.copy(fixture(dockerfile), kata.resolve("Dockerfile"));
        return kata;
    }

    private void handInClone(String learner, String dockerfile) throws IOException {
        Path clone = Files.createDirectories(submissions.resolve(learner));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        Path kata = Files.createDirectories(clone.resolve("katas").resolve(KATA));
        Files.copy(fixture(dockerfile), kata.resolve("Dockerfile"));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ClassroomReliabilityTest.class.getResource("/classroom/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every run label of this run starts so: the log names the label of ana's grading. */
    private String runLabelPrefix() throws IOException {
        String first = Files.readAllLines(out.resolve("learners/ana/" + KATA + ".log")).get(0);
        String label = first.substring(first.indexOf("run label ") + "run label ".length(), first.length() - 1);
        return label.substring(0, label.indexOf("-ana-") + 1);
    }

    private String imageLabel(String image) {
        return docker("image", "inspect", "--format", "{{index .Config.Labels \"" + Engine.RUN_LABEL + "\"}}",
                image).trim();
    }

    private Stream<String> labelled(String... arguments) {
        return docker(arguments).lines().map(String::strip).filter(line -> !line.isEmpty());
    }

    private static String docker(String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream output = process.getInputStream()) {
                String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(30, TimeUnit.SECONDS);
                return text;
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run docker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
