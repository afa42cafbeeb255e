package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataChecks;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 04: a Node.js service written in TypeScript. What this class checks is what the kata grades, whether
 * `./dojo grade 04-node-typescript` or Maven runs it.
 */
class NodeTypescriptKata extends KataChecks {

    // Debian's nodejs alone weighs about 95 MB, so any final stage that holds Node without npm or tsc passes, even on
    // the full debian:bookworm (about 216 MB); gold needs bookworm-slim, no recommended packages and no apt lists
    // (the reference is about 170 MB; keeping the lists alone gives about 193 MB).
    static final Kata KATA = Kata.named("04-node-typescript")
            .withStack("TypeScript on Node.js")
            .withSizeLimit(Size.megabytes(250))
            .withGoldSize(Size.megabytes(180))
            .withProbe(Probe.http(8080, "/", "hello from the dojo"))
            .withPayload("/opt/relay/server.js", "/opt/relay/greeting.js");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
