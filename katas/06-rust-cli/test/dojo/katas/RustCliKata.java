package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 06: a Rust command-line tool. The probe runs the image with an argument, the way a user would run the
 * tool, so the image must start it through an exec-form ENTRYPOINT. What this class checks is what the kata
 * grades, whether `./dojo grade 06-rust-cli` or Maven runs it.
 */
@Tag("engine")
class RustCliKata {

    static final Kata KATA = Kata.named("06-rust-cli")
            .withStack("Rust (cargo)")
            .withSizeLimit(Size.megabytes(100))
            .withGoldSize(Size.megabytes(4))
            .withProbe(Probe.command(List.of("2024"), "MMXXIV"))
            .withPayload("/roman");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Test
    void dockerfile_builds() {
        grading.assertBuilds();
    }

    @Test
    void tool_still_writes_2024_as_a_roman_numeral() {
        grading.assertAppResponds();
    }

    @Test
    void image_is_at_most_100_mb() {
        grading.assertSizeWithinLimit();
    }

    @Test
    void no_build_toolchain_is_left_in_the_final_image() {
        grading.assertNoToolchain();
    }

    @Test
    void tool_runs_as_a_non_root_user() {
        grading.assertNonRoot();
    }

    @Test
    void final_stage_copies_from_a_build_stage() {
        grading.assertMultiStage();
    }
}
