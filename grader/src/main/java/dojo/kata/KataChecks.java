package dojo.kata;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checks every kata grades, one test each. A kata's test class extends this, registers its
 * {@link KataGrading} and adds the checks only it grades; a kata whose final image can be {@code scratch} extends
 * {@link ScratchKataChecks}, which adds the gold-only package-manager check:
 *
 * <pre>{@code
 * class GoStaticKata extends KataChecks {
 *     static final Kata KATA = Kata.named("01-go-static").withSizeLimit(Size.megabytes(20)) ...;
 *
 *     @RegisterExtension
 *     static final KataGrading grading = KataGrading.of(KATA);
 *
 *     @Override
 *     protected KataGrading grading() {
 *         return grading;
 *     }
 * }
 * }</pre>
 */
@Tag("engine")
public abstract class KataChecks {

    /** The kata's registered extension, which builds and measures the Dockerfile being graded. */
    protected abstract KataGrading grading();

    @Test
    public void dockerfile_builds() {
        grading().assertBuilds();
    }

    @Test
    public void app_still_works() {
        grading().assertAppResponds();
    }

    @Test
    public void image_is_within_the_size_limit() {
        grading().assertSizeWithinLimit();
    }

    @Test
    public void no_build_toolchain_is_left_in_the_final_image() {
        grading().assertNoToolchain();
    }

    @Test
    public void app_runs_as_a_non_root_user() {
        grading().assertNonRoot();
    }

    @Test
    public void final_stage_copies_from_a_build_stage() {
        grading().assertMultiStage();
    }

    @Test
    public void no_sources_or_git_are_left_in_the_final_image() {
        grading().assertNoSources();
    }

    @Test
    public void app_starts_from_an_exec_form_entrypoint() {
        grading().assertExecForm();
    }
}
