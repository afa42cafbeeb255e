package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 01: a Go HTTP service. What this class checks is what the kata grades, whether `./dojo grade 01-go-static`
 * or Maven runs it.
 */
@Tag("engine")
class GoStaticKata {

    static final Kata KATA = Kata.named("01-go-static")
            .withStack("Go")
            .withSizeLimit(Size.megabytes(20))
            .withGoldSize(Size.megabytes(8))
            .withProbe(Probe.http(8080, "/", "hello from the dojo"))
            .withPayload("/greeter");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Test
    void dockerfile_builds() {
        grading.assertBuilds();
    }

    @Test
    void app_still_answers_on_port_8080() {
        grading.assertAppResponds();
    }

    @Test
    void image_is_at_most_20_mb() {
        grading.assertSizeWithinLimit();
    }

    @Test
    void no_build_toolchain_is_left_in_the_final_image() {
        grading.assertNoToolchain();
    }

    @Test
    void app_runs_as_a_non_root_user() {
        grading.assertNonRoot();
    }

    @Test
    void final_stage_copies_from_a_build_stage() {
        grading.assertMultiStage();
    }

    @Test
    void no_go_sources_or_git_are_left_in_the_final_image() {
        grading.assertNoSources();
    }

    @Test
    void app_starts_from_an_exec_form_entrypoint() {
        grading.assertExecForm();
    }

    @Test
    void gold_has_no_package_manager_in_the_final_image() {
        grading.assertNoPackageManagerForGold();
    }
}
