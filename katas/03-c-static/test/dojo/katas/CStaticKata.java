package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import dojo.kata.ScratchKataChecks;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 03: a C HTTP responder built with gcc and make. What this class checks is what the kata grades, whether
 * `./dojo grade 03-c-static` or Maven runs it.
 */
class CStaticKata extends ScratchKataChecks {

    // Any final image without a distribution underneath passes, including a dynamic binary with glibc and its
    // loader copied onto scratch (about 2.2 MB); gold takes a static binary alone (the reference is about 0.7 MB).
    static final Kata KATA = Kata.named("03-c-static")
            .withStack("C (gcc, make)")
            .withSizeLimit(Size.megabytes(10))
            .withGoldSize(Size.megabytes(1))
            .withProbe(Probe.http(8080, "/", "hello from the dojo"))
            .withPayload("/tally");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
