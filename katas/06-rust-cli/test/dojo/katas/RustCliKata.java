package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import dojo.kata.ScratchKataChecks;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 06: a Rust command-line tool. The probe runs the image with an argument, the way a user would run the
 * tool, so the image must start it through an exec-form ENTRYPOINT. What this class checks is what the kata
 * grades, whether `./dojo grade 06-rust-cli` or Maven runs it.
 */
class RustCliKata extends ScratchKataChecks {

    static final Kata KATA = Kata.named("06-rust-cli")
            .withStack("Rust (cargo)")
            .withSizeLimit(Size.megabytes(100))
            .withGoldSize(Size.megabytes(4))
            .withProbe(Probe.command(List.of("2024"), "MMXXIV"))
            .withPayload("/roman");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
