package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import dojo.kata.ScratchKataChecks;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 01: a Go HTTP service. What this class checks is what the kata grades, whether `./dojo grade 01-go-static`
 * or Maven runs it.
 */
class GoStaticKata extends ScratchKataChecks {

    static final Kata KATA = Kata.named("01-go-static")
            .withStack("Go")
            .withSizeLimit(Size.megabytes(20))
            .withGoldSize(Size.megabytes(8))
            .withProbe(Probe.http(8080, "/", "hello from the dojo"))
            .withPayload("/greeter");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
