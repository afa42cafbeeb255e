package dojo.katas;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.Checks;
import dojo.check.Status;
import dojo.kata.CatalogueMeasurements;
import dojo.kata.GradingInput;
import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.KataRunner;
import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue check: every kata's reference solution passes every check, and every shipped starter fails the
 * size and toolchain checks. A threshold that lets the starter through, or stops the solution, is a bug.
 */
@Tag("engine")
class CatalogueTest {

    private static final Path ROOT = RepositoryRoot.find();
    private static final KataCatalogue CATALOGUE = KataCatalogue.in(ROOT);
    private static final CatalogueMeasurements MEASUREMENTS = new CatalogueMeasurements();

    @TestFactory
    Stream<DynamicTest> every_solution_passes_every_check() {
        return CATALOGUE.ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            KataRun run = grade(id, CATALOGUE.solution(id));
            MEASUREMENTS.record(id, CATALOGUE.title(id), "solution", run);

            assertThat(run.problems()).as("problems outside the checks").isEmpty();
            assertThat(run.checks()).as("checks of solutions/%s", id).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.status()).as(check.name() + ": " + check.message())
                            .isEqualTo(Status.PASS));
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_starter_fails_size_and_toolchain() {
        return CATALOGUE.ids().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            KataRun run = grade(id, CATALOGUE.starter(id));
            MEASUREMENTS.record(id, CATALOGUE.title(id), "starter", run);

            assertThat(run.check(Checks.BUILDS).status()).as("the starter builds").isEqualTo(Status.PASS);
            assertThat(run.check(Checks.SIZE).status()).as(run.check(Checks.SIZE).message())
                    .isEqualTo(Status.FAIL);
            assertThat(run.check(Checks.NO_TOOLCHAIN).status()).as(run.check(Checks.NO_TOOLCHAIN).message())
                    .isEqualTo(Status.FAIL);
        }));
    }

    @TestFactory
    Stream<DynamicTest> catalogue_lists_at_least_the_first_kata() {
        return Stream.of(DynamicTest.dynamicTest("01-go-static", () ->
                assertThat(CATALOGUE.ids()).contains("01-go-static")));
    }

    /** The same run that verifies the catalogue measures it, for the README's table and the slides' charts. */
    @AfterAll
    static void save_the_measurements() throws IOException {
        MEASUREMENTS.write(CatalogueMeasurements.file(ROOT));
    }

    static KataRun grade(String id, Path dockerfile) {
        return KataRunner.run(CATALOGUE.testClass(id).orElseThrow(), Map.of(
                GradingInput.ROOT, ROOT.toString(),
                GradingInput.DOCKERFILE, dockerfile.toString()));
    }
}
