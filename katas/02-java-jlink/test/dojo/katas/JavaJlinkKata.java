package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 02: a Java HTTP service on a runtime cut down with jlink. What this class checks is what the kata grades,
 * whether `./dojo grade 02-java-jlink` or Maven runs it.
 */
@Tag("engine")
class JavaJlinkKata {

    // The pass limit lets any jlink runtime through but not a packaged JRE (about 300 MB on bookworm-slim); gold
    // needs both the modules jdeps names and jlink's slimming flags (the reference image is about 110 MB).
    static final Kata KATA = Kata.named("02-java-jlink")
            .withStack("Java (javac, jlink)")
            .withSizeLimit(Size.megabytes(200))
            .withGoldSize(Size.megabytes(120))
            .withProbe(Probe.http(8080, "/", "hello from the dojo"))
            .withPayload("/opt/clock/clock.jar");

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
    void image_is_at_most_200_mb() {
        grading.assertSizeWithinLimit();
    }

    @Test
    void no_jdk_tool_is_left_in_the_final_image() {
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
