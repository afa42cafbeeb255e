package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kata 07: a build that needs a private token, and a dependency step worth caching. */
@Tag("engine")
class SecretsCacheKata {

    static final Kata KATA = Kata.named("07-secrets-cache")
            .withStack("Go, BuildKit secrets and cache")
            .withSizeLimit(Size.megabytes(20))
            .withGoldSize(Size.megabytes(8))
            .withProbe(Probe.http(8080, "/", "inventory: 3 lines"))
            .withPayload("/inventory")
            .withBuildSecret("private_token", "secrets/private_token")
            .withRebuildAfterChanging("app/main.go", "fetch-private-deps");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Test
    void dockerfile_builds_with_the_token_as_a_buildkit_secret() {
        grading.assertBuilds();
    }

    @Test
    void app_still_answers_on_port_8080() {
        grading.assertAppResponds();
    }

    @Test
    void token_is_in_no_layer_history_or_config() {
        grading.assertBuildSecretNotInImage();
    }

    @Test
    void a_change_to_main_go_leaves_the_dependency_step_cached() {
        grading.assertRebuildReusesDependencyStep();
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
    void no_sources_or_git_are_left_in_the_final_image() {
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
