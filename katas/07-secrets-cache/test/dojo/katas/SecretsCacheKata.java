package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import dojo.kata.ScratchKataChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kata 07: a build that needs a private token, and a dependency step worth caching. */
class SecretsCacheKata extends ScratchKataChecks {

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

    @Override
    protected KataGrading grading() {
        return grading;
    }

    @Test
    void token_is_in_no_layer_history_or_config() {
        grading.assertBuildSecretNotInImage();
    }

    @Test
    void a_change_to_main_go_leaves_the_dependency_step_cached() {
        grading.assertRebuildReusesDependencyStep();
    }
}
