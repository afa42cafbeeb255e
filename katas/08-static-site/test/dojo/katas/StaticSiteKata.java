package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import dojo.kata.ScratchKataChecks;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kata 08: a static site generated at build time with hugo and served by a tiny static server. */
class StaticSiteKata extends ScratchKataChecks {

    static final Kata KATA = Kata.named("08-static-site")
            .withStack("Static site (hugo)")
            .withSizeLimit(Size.megabytes(20))
            .withGoldSize(Size.megabytes(5))
            .withProbe(Probe.http(8080, "/", "built at image build time"))
            .withPayload("/site");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
