package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataChecks;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 02: a Java HTTP service on a runtime cut down with jlink. What this class checks is what the kata grades,
 * whether `./dojo grade 02-java-jlink` or Maven runs it.
 */
class JavaJlinkKata extends KataChecks {

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

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
