package dojo.katas;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Status;
import dojo.kata.KataRun;
import dojo.kata.RepositoryRoot;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("engine")
class GoStaticDiagnosisTest {

    private static final Path ROOT = RepositoryRoot.find();

    @Test
    void cgo_binary_on_scratch_fails_the_probe_because_its_loader_is_missing() {
        Path dockerfile = ROOT.resolve("katas/src/test/resources/fixtures/go-dynamic-on-scratch/Dockerfile");

        KataRun run = CatalogueTest.grade("01-go-static", dockerfile);

        CheckResult probe = run.check(Checks.APP_RESPONDS);
        assertThat(probe.status()).as(probe.message()).isEqualTo(Status.FAIL);
        assertThat(probe.message()).contains("/greeter is dynamically linked")
                .contains("needs the loader /lib64/ld-linux-x86-64.so.2, which is missing from the image");
    }
}
