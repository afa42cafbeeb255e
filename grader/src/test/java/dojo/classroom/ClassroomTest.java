package dojo.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomTest {

    private static final String KATA = "01-go-static";

    @TempDir
    Path temp;

    private Path root;
    private Path submissions;
    private Path out;
    private final FakeKata grader = new FakeKata();
    private final Set<String> swept = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void a_repository_and_an_empty_class() throws IOException {
        root = temp.resolve("repo");
        Files.createDirectories(root.resolve("katas").resolve(KATA).resolve("app"));
        Files.writeString(root.resolve("katas").resolve(KATA).resolve("app/main.go"), "package main\n");
        submissions = Files.createDirectories(temp.resolve("submissions"));
        out = temp.resolve("out");
    }

    @Test
    void every_learner_is_graded_or_reported() throws IOException {
        handIn("ana", "FROM pass");
        handIn("bo", "FROM fail");
        handIn("crash", "FROM crash");
        Files.createDirectories(submissions.resolve("nobody").resolve(KATA));

        ClassSummary summary = run(settings());

        assertThat(outcomes(summary)).containsOnly(Map.entry("ana", Outcome.PASSED), Map.entry("bo", Outcome.FAILED),
                Map.entry("crash", Outcome.ERROR), Map.entry("nobody", Outcome.MISSING));
    }

    @Test
    void a_grading_that_hangs_is_stopped_by_the_watchdog_and_swept() throws IOException {
        handIn("hang", "FROM hang");
        handIn("ana", "FROM pass");

        ClassSummary summary = run(settings().withWatchdog(Duration.ofSeconds(1)));

        assertThat(outcomes(summary)).containsEntry("hang", Outcome.TIMED_OUT).containsEntry("ana", Outcome.PASSED);
        assertThat(swept).anyMatch(label -> label.endsWith("-hang-" + KATA));
    }

    @Test
    void a_submission_never_built_has_every_check_and_the_same_points_possible() throws IOException {
        handIn("ana", "FROM pass");
        Files.createDirectories(submissions.resolve("nobody"));

        ClassSummary summary = run(settings());

        ClassGrade missing = grade(summary, "nobody");
        assertThat(missing.record().checks()).hasSize(3);
        assertThat(missing.score()).isEqualTo(new Points.Score(0, grade(summary, "ana").possible()));
    }

    @Test
    void a_second_run_skips_what_the_first_graded_unless_told_to_regrade() throws IOException {
        handIn("ana", "FROM pass");
        handIn("bo", "FROM fail");
        run(settings());

        run(settings());
        int afterResume = grader.gradings.get();
        run(settings().withRegrade(true));

        assertThat(afterResume).isEqualTo(2);
        assertThat(grader.gradings.get()).isEqualTo(4);
    }

    @Test
    void a_damaged_grade_file_is_graded_again() throws IOException {
        handIn("ana", "FROM pass");
        run(settings());
        Files.writeString(out.resolve("learners/ana/" + KATA + ".json"), "{ half a fi");

        ClassSummary summary = run(settings());

        assertThat(grader.gradings.get()).isEqualTo(2);
        assertThat(outcomes(summary)).containsEntry("ana", Outcome.PASSED);
    }

    @Test
    void each_learner_gets_junit_xml_results_json_and_a_log() throws Exception {
        handIn("ana", "FROM fail");

        run(settings());

        Path learner = out.resolve("learners/ana");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(learner.resolve("junit.xml")
                .toFile());
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("skipped").getLength()).as("the gold-only check").isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(learner.resolve("results.json").toFile());
        assertThat(results.path("version").asInt()).isEqualTo(2);
        assertThat(results.path("status").asText()).isEqualTo("fail");
        assertThat(results.path("tests").get(1).path("name").asText()).isEqualTo(KATA + ": size");
        assertThat(learner.resolve(KATA + ".log")).exists();
    }

    @Test
    void the_gradebook_has_a_row_per_learner_with_outcome_tier_size_and_points() throws IOException {
        handIn("ana", "FROM pass");
        handIn("bo", "FROM fail");

        run(settings());

        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo("ana,ana,passed,pass,5000000,,5,5,5,5");
        assertThat(rows.get(2)).isEqualTo("bo,bo,failed,none,300000000,size,2,5,2,5");
        assertThat(Files.readString(out.resolve("gradebook.html"))).contains("<td class=\"failed\">")
                .doesNotContain("http");
    }

    @Test
    void a_shard_grades_only_its_slice() throws IOException {
        handIn("ana", "FROM pass");
        handIn("bo", "FROM pass");
        handIn("cy", "FROM pass");

        ClassSummary summary = run(settings().withShard(Shard.parse("2/2")));

        assertThat(outcomes(summary)).containsOnlyKeys("bo");
    }

    private ClassSettings settings() {
        return ClassSettings.of(root, submissions, out).withJobs(2).withKatas(List.of(KATA));
    }

    private ClassSummary run(ClassSettings settings) throws IOException {
        return Classroom.of(settings, grader, label -> {
            swept.add(label);
            return 0;
        }).run(ClassListener.SILENT);
    }

    private void handIn(String learner, String dockerfile) throws IOException {
        Path kata = Files.createDirectories(submissions.resolve(learner).resolve(KATA));
        Files.writeString(kata.resolve("Dockerfile"), dockerfile + "\n");
    }

    private static Map<String, Outcome> outcomes(ClassSummary summary) {
        return summary.grades().stream().collect(Collectors.toMap(ClassGrade::folder, ClassGrade::outcome));
    }

    private static ClassGrade grade(ClassSummary summary, String folder) {
        return summary.grades().stream().filter(g -> g.folder().equals(folder)).findFirst().orElseThrow();
    }
}
