package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 05: a Python service with a C extension of its own. The probe asks the service to count words, so it passes
 * only when the compiled module imports in the final image. What this class checks is what the kata grades, whether
 * `./dojo grade 05-python-cext` or Maven runs it.
 */
@Tag("engine")
class PythonCextKata {

    static final Kata KATA = Kata.named("05-python-cext")
            .withStack("Python with a C extension")
            .withSizeLimit(Size.megabytes(130))
            .withGoldSize(Size.megabytes(110))
            .withProbe(Probe.http(8080, "/count?text=copy+only+what+runs", "4 words"))
            .withPayload("/app/server.py", "/app/_tally.cpython-311-x86_64-linux-gnu.so");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Test
    void dockerfile_builds() {
        grading.assertBuilds();
    }

    @Test
    void app_still_counts_words_on_port_8080() {
        grading.assertAppResponds();
    }

    @Test
    void image_is_at_most_130_mb() {
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
}
