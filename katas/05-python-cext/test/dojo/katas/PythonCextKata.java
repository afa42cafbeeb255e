package dojo.katas;

import dojo.check.Size;
import dojo.kata.Kata;
import dojo.kata.KataChecks;
import dojo.kata.KataGrading;
import dojo.kata.Probe;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kata 05: a Python service with a C extension of its own. The probe asks the service to count words, so it passes
 * only when the compiled module imports in the final image. What this class checks is what the kata grades, whether
 * `./dojo grade 05-python-cext` or Maven runs it.
 */
class PythonCextKata extends KataChecks {

    static final Kata KATA = Kata.named("05-python-cext")
            .withStack("Python with a C extension")
            .withSizeLimit(Size.megabytes(130))
            .withGoldSize(Size.megabytes(110))
            .withProbe(Probe.http(8080, "/count?text=copy+only+what+runs", "4 words"))
            .withPayload("/app/server.py", "/app/_tally.cpython-311-x86_64-linux-gnu.so");

    @RegisterExtension
    static final KataGrading grading = KataGrading.of(KATA);

    @Override
    protected KataGrading grading() {
        return grading;
    }
}
