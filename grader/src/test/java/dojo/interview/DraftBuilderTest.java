package dojo.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftBuilderTest {

    private static final String STARTER = """
            {"gradedAt":"2026-12-03T18:00:00Z","dockerfile":"katas/01-go-static/Dockerfile",
             "builder":"BuildKit (docker 20.10.24)","buildSeconds":61.2,"rebuildSeconds":null,
             "imageBytes":1030000000,"layers":5,"multiStage":false,"toolchains":["/usr/bin/go","/usr/bin/gcc"],
             "packages":312,"user":"root","passed":false,"tier":"none","checks":[]}""";
    private static final String SOLVED = """
            {"gradedAt":"2026-12-04T09:30:00Z","dockerfile":"katas/01-go-static/Dockerfile",
             "builder":"BuildKit (docker 20.10.24)","buildSeconds":14.8,"rebuildSeconds":3.1,
             "imageBytes":4460000,"layers":2,"multiStage":true,"toolchains":[],"packages":0,"user":"nonroot",
             "passed":true,"tier":"gold","futureField":{"ignored":true}}""";
    private static final String REFERENCE = """
            {"gradedAt":"2026-12-05T10:00:00Z","dockerfile":"solutions/01-go-static/Dockerfile",
             "buildSeconds":12.0,"rebuildSeconds":null,"imageBytes":2000000,"layers":1,"multiStage":true,
             "toolchains":[],"packages":0,"passed":true,"tier":"gold"}""";
    private static final String HALFWAY = """
            {"gradedAt":"2026-12-04T08:00:00Z","imageBytes":300000000,"layers":4,"multiStage":true,
             "toolchains":["/usr/bin/gcc"],"packages":90,"passed":false}""";

    @TempDir
    Path root;

    private void record(String kata, String... attempts) throws IOException {
        Path results = Files.createDirectories(root.resolve(GradedResults.FOLDER));
        Files.writeString(results.resolve(kata + ".json"),
                "{\"kata\":\"" + kata + "\",\"attempts\":[" + String.join(",", attempts) + "]}");
    }

    @Test
    void without_results_every_figure_is_a_placeholder_and_no_number_is_invented() {
        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("[before size: grade 01-go-static]", "[after size: grade 01-go-static]");
        assertThat(Text.numberCount(draft.markdown())).as("numbers in:%n%s", draft.markdown()).isZero();
    }

    @Test
    void without_results_the_draft_says_to_grade_the_starter_before_editing_it() {
        Draft draft = DraftBuilder.build(root);

        assertThat(draft.gaps()).contains("grade the starter first: `./dojo grade 01-go-static` before you edit "
                + "katas/01-go-static/Dockerfile (it measures the before figures)");
        assertThat(draft.markdown()).contains("## Still to measure");
    }

    @Test
    void with_a_starter_and_a_pass_the_draft_tells_the_measured_before_and_after() throws IOException {
        record("01-go-static", SOLVED, STARTER);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("The image went from 1.03 GB to 4.46 MB (99.6% smaller)",
                "from 5 to 2 layers", "from 312 to 0 packages", "A rebuild after a code change took 3.1 s",
                "That took `gcc` and `go` out",
                "building with BuildKit (docker 20.10.24)");
        assertThat(draft.isComplete()).as("gaps: %s", draft.gaps()).isTrue();
    }

    @Test
    void with_results_the_draft_lists_every_kata_in_a_table() throws IOException {
        record("01-go-static", STARTER, SOLVED);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains(
                "| 01-go-static | 1.03 GB → 4.46 MB | 5 → 2 | 312 → 0 | none | 61.2 s → 14.8 s | 3.1 s |");
    }

    @Test
    void a_kata_not_yet_passed_gets_after_placeholders_and_the_grade_command() throws IOException {
        record("01-go-static", STARTER, HALFWAY);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("from 1.03 GB to [after size: grade 01-go-static]");
        assertThat(draft.gaps()).contains("01-go-static is not passed yet: make katas/01-go-static/Dockerfile "
                + "pass, then grade it: `./dojo grade 01-go-static` (it measures the after figures)");
    }

    @Test
    void a_kata_graded_only_after_editing_has_no_before_and_says_so() throws IOException {
        record("01-go-static", SOLVED);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("from [before size: grade 01-go-static] to 4.46 MB");
        assertThat(draft.gaps()).anySatisfy(gap -> assertThat(gap).startsWith("grade the starter first"));
    }

    @Test
    void a_missing_rebuild_time_of_a_kata_that_times_rebuilds_is_a_placeholder_not_a_guess() throws IOException {
        record("01-go-static", STARTER.replace("\"rebuildSeconds\":null", "\"rebuildSeconds\":40.0"),
                SOLVED.replace("\"rebuildSeconds\":3.1", "\"rebuildSeconds\":null"));

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("A rebuild after a code change took [rebuild time: grade 01-go-static].");
        assertThat(draft.gaps()).containsExactly("the rebuild time of 01-go-static was not recorded; grade it "
                + "again: `./dojo grade 01-go-static`");
    }

    @Test
    void a_kata_that_does_not_time_rebuilds_is_told_without_one_and_points_to_the_kata_that_does()
            throws IOException {
        record("01-go-static", STARTER, SOLVED.replace("\"rebuildSeconds\":3.1", "\"rebuildSeconds\":null"));

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).doesNotContain("rebuild after", "[rebuild time")
                .contains("Kata 07-secrets-cache measures rebuild times: `./dojo grade 07-secrets-cache`.");
        assertThat(draft.gaps()).as("a kata that cannot measure a rebuild is not asked for one").isEmpty();
    }

    @Test
    void the_story_does_not_compare_build_times_that_may_come_from_the_cache() throws IOException {
        record("01-go-static", STARTER, SOLVED);

        Draft draft = DraftBuilder.build(root);

        String story = draft.markdown().substring(0, draft.markdown().indexOf("## My measured figures"));
        assertThat(story).doesNotContain("61.2 s", "14.8 s", "build took");
        assertThat(draft.markdown()).contains("| 61.2 s → 14.8 s |",
                "BuildKit may have served a step from its cache, so the story does not compare them");
    }

    @Test
    void a_graded_reference_solution_is_never_the_learners_after() throws IOException {
        record("01-go-static", STARTER, SOLVED, REFERENCE);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("The image went from 1.03 GB to 4.46 MB").doesNotContain("2 MB");
    }

    @Test
    void with_only_the_reference_solution_graded_the_draft_asks_for_the_learners_own_dockerfile()
            throws IOException {
        record("01-go-static", REFERENCE);

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("to [after size: grade 01-go-static]").doesNotContain("2 MB");
        assertThat(draft.gaps()).contains("only the reference solution of 01-go-static has been graded, and its "
                + "figures are not yours to tell; grade your own Dockerfile: `./dojo grade 01-go-static`");
    }

    @Test
    void what_the_learner_writes_is_marked_as_a_fill_in_placeholder() {
        Draft draft = DraftBuilder.build(root);

        assertThat(draft.markdown()).contains("[fill in: who gained, and how:",
                "[fill in: your reason for the final base image", "[fill in: one lesson you would carry");
    }

    @Test
    void the_story_is_told_with_the_kata_that_shrank_the_most() throws IOException {
        record("01-go-static", STARTER, SOLVED);
        record("02-java-jlink", STARTER.replace("1030000000", "500000000"),
                SOLVED.replace("4460000", "100000000"));

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.kata()).isEqualTo("01-go-static");
    }

    @Test
    void an_unreadable_result_file_is_reported_with_the_command_to_rewrite_it() throws IOException {
        Files.createDirectories(root.resolve(GradedResults.FOLDER));
        Files.writeString(root.resolve(GradedResults.FOLDER).resolve("03-node.json"), "{not json");

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.gaps()).contains(".dojo/results/03-node.json is not a result file the coach can read; "
                + "grade the kata again to rewrite it: `./dojo grade 03-node`");
    }

    @Test
    void with_nothing_graded_the_first_kata_folder_in_the_repository_is_suggested() throws IOException {
        Files.createDirectories(root.resolve("katas/00-warm-up"));

        Draft draft = DraftBuilder.build(root);

        assertThat(draft.kata()).isEqualTo("00-warm-up");
    }
}
