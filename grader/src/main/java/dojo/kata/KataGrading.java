package dojo.kata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Remedies;
import dojo.check.Status;
import dojo.image.ImageFacts;
import dojo.image.Toolchain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit extension a kata's test registers. It grades one Dockerfile per test class run: built once, when the
 * first check needs it, and removed from the engine after the last. Each {@code assertX} method is one graded
 * check: it records the result for the report card and fails the test with the learner's next step.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KataGrading grading = KataGrading.of(KATA);
 *
 * @Test
 * void image_is_within_the_size_limit() {
 *     grading.assertSizeWithinLimit();
 * }
 * }</pre>
 */
public final class KataGrading implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Report entry key under which each check's result is published, as JSON. */
    public static final String CHECK_ENTRY = "dojo.check";
    /** Report entry key under which the image's facts are published once per run, as JSON. */
    public static final String FACTS_ENTRY = "dojo.facts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Kata kata;
    private Grading grading;
    private ExtensionContext current;

    private KataGrading(Kata kata) {
        this.kata = kata;
    }

    public static KataGrading of(Kata kata) {
        return new KataGrading(kata);
    }

    public Kata kata() {
        return kata;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        grading = new Grading(kata, GradingInput.resolve(kata.id(), context::getConfigurationParameter));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current = context;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            context.publishReportEntry(FACTS_ENTRY, factsJson());
        } finally {
            grading.close();
            grading = null;
        }
    }

    /** The Dockerfile builds. */
    public void assertBuilds() {
        verify(grading.buildCheck());
    }

    /** The app in the image still works: the kata's probe gets the expected answer. */
    public void assertAppResponds() {
        Probe probe = kata.probe().orElseThrow(() -> new IllegalStateException(kata.id() + " has no probe"));
        String title = "the app still works (" + Grading.describe(probe) + ")";
        Optional<dojo.check.ProbeOutcome> outcome = grading.probe();
        if (outcome.isEmpty()) {
            verify(Checks.notMeasured(Checks.APP_RESPONDS, title, grading.whyNoImage()));
            return;
        }
        String run = probe instanceof Probe.Http http ? "-p " + http.port() + ":" + http.port() + " "
                : "";
        String after = probe instanceof Probe.Command command ? " " + String.join(" ", command.arguments()) : "";
        GradingInput input = grading.input();
        verify(Checks.appResponds(Grading.describe(probe), outcome.get(),
                grading.facts().flatMap(ImageFacts::startupProblem),
                Remedies.appSilent(input.shown(input.dockerfile()), input.shown(input.context()), run) + after));
    }

    /** The image is no larger than the kata's size limit; at or under the gold size it reaches the gold tier. */
    public void assertSizeWithinLimit() {
        verify(grading.facts().map(f -> Checks.size(f.metadata().sizeBytes(), kata.sizeLimit(), kata.goldSize()))
                .orElseGet(() -> Checks.notMeasured(Checks.SIZE, Checks.sizeTitle(kata.sizeLimit()),
                        grading.whyNoFacts())));
    }

    /** No compiler or build tool is left in the final image's filesystem. */
    public void assertNoToolchain() {
        verify(grading.facts().map(f -> Checks.noToolchain(f.toolchains(),
                        f.toolchainPackages().stream().map(p -> p.name()).toList()))
                .orElseGet(() -> Checks.notMeasured(Checks.NO_TOOLCHAIN, grading.whyNoFacts())));
    }

    /** The final image runs its app as a user other than root. */
    public void assertNonRoot() {
        verify(grading.facts().map(f -> Checks.nonRoot(f.metadata().user(), f.passwdUid()))
                .orElseGet(() -> Checks.notMeasured(Checks.NON_ROOT, grading.whyNoFacts())));
    }

    /** The final stage copies its artifact from another stage of the same Dockerfile. */
    public void assertMultiStage() {
        verify(grading.dockerfile().map(Checks::multiStage)
                .orElseGet(() -> Checks.notMeasured(Checks.MULTI_STAGE, grading.dockerfileProblem())));
    }

    /** No build sources (.go, .c, .ts, .java, .rs ...) and no .git directory in the final image. */
    public void assertNoSources() {
        verify(grading.facts().map(f -> Checks.noSources(f.sources()))
                .orElseGet(() -> Checks.notMeasured(Checks.NO_SOURCES, grading.whyNoFacts())));
    }

    /** The image starts its app with an exec-form ENTRYPOINT or CMD, not through a shell. */
    public void assertExecForm() {
        verify(grading.facts().map(f -> Checks.execForm(f.metadata().entrypoint(), f.metadata().cmd()))
                .orElseGet(() -> Checks.notMeasured(Checks.EXEC_FORM, grading.whyNoFacts())));
    }

    /**
     * For gold only: no package manager (apt, dpkg, pip, npm ...) in the final image. A failure here aborts the test
     * instead of failing it, since the kata still passes.
     */
    public void assertNoPackageManagerForGold() {
        verify(grading.facts().map(f -> Checks.noPackageManager(f.packageManagers()))
                .orElseGet(() -> Checks.notMeasured(Checks.NO_PACKAGE_MANAGER, grading.whyNoFacts())));
    }

    /** The value of each of the kata's build secrets appears in no layer, nor in the history or config. */
    @SuppressWarnings("unchecked")
    public void assertBuildSecretNotInImage() {
        Object findings = grading.secretFindings();
        verify(findings instanceof List<?> found ? Checks.noBuildSecret((List<String>) found)
                : Checks.notMeasured(Checks.NO_BUILD_SECRET, (String) findings));
    }

    /**
     * After a one-line change to the kata's changed file, the rebuild takes the dependency step from the cache.
     * The grader changes a copy of the build context, never the learner's files.
     */
    public void assertRebuildReusesDependencyStep() {
        Kata.Rebuild rebuild = kata.rebuild().orElseThrow(() -> new IllegalStateException(kata.id()
                + " does not say which file to change: use Kata.withRebuildAfterChanging"));
        Object outcome = grading.rebuild();
        if (!(outcome instanceof dojo.build.BuiltImage image)) {
            verify(Checks.notMeasured(Checks.CACHE_REUSE, Checks.cacheTitle(rebuild.dependencyStep()),
                    (String) outcome));
            return;
        }
        verify(Checks.cacheReuse(rebuild.changedFile(), rebuild.dependencyStep(),
                image.stepsRun().stream().map(dojo.build.BuildStep::name).toList(),
                image.steps().stream().filter(dojo.build.BuildStep::cached).map(dojo.build.BuildStep::name).toList()));
    }

    private void verify(CheckResult result) {
        if (current != null) {
            current.publishReportEntry(CHECK_ENTRY, toJson(result));
        }
        if (result.status() != Status.PASS && result.goldOnly()) {
            throw new TestAbortedException("[" + result.name() + "] not gold yet: " + result.message());
        }
        if (result.status() != Status.PASS) {
            throw new AssertionFailedError("[" + result.name() + "] " + result.message(), result.threshold(),
                    result.measured());
        }
    }

    private static String toJson(CheckResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", result.name());
        node.put("title", result.title());
        node.put("status", result.status().label());
        node.put("measured", result.measured());
        node.put("threshold", result.threshold());
        node.put("message", result.message());
        node.put("gold", result.goldOnly());
        return node.toString();
    }

    private String factsJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("kata", kata.id());
        node.put("stack", kata.stack());
        node.put("dockerfile", grading.input().shown(grading.input().dockerfile()));
        node.put("run", grading.run());
        node.put("multiStage", grading.multiStage());
        node.put("sizeLimit", kata.sizeLimit());
        node.put("goldSize", kata.goldSize());
        grading.engineVersion().ifPresent(version -> node.put("engine", "Docker " + version));
        grading.builtSoFar().ifPresent(image -> {
            node.put("builder", image.builder());
            node.put("buildSeconds", image.duration().toMillis() / 1000.0);
        });
        grading.rebuiltSoFar().ifPresent(image -> node.put("rebuildSeconds", image.duration().toMillis() / 1000.0));
        grading.analysisSoFar().ifPresent(analysis -> {
            try {
                node.set("analysis", JSON.readTree(analysis.toJson()));
            } catch (java.io.IOException e) {
                node.put("analysisProblem", "the image analysis could not be recorded: " + e.getMessage());
            }
        });
        grading.factsSoFar().ifPresent(facts -> {
            node.put("imageBytes", facts.metadata().sizeBytes());
            node.put("layers", facts.metadata().layers());
            node.put("user", facts.metadata().user());
            node.put("packages", facts.packages().size());
            node.put("packagesKiB", facts.packages().stream().mapToLong(p -> p.installedSizeKiB()).sum());
            node.put("scanSeconds", grading.scanTime().toMillis() / 1000.0);
            var toolchains = node.putArray("toolchains");
            facts.toolchains().stream().map(Toolchain::path).forEach(toolchains::add);
        });
        return node.toString();
    }
}
