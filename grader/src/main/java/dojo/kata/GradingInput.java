package dojo.kata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which Dockerfile to grade and how, read from JUnit configuration parameters (which fall back to system
 * properties): {@code dojo.root}, {@code dojo.dockerfile}, {@code dojo.context}, {@code dojo.build.timeout} and
 * {@code dojo.probe.timeout} (seconds), {@code dojo.builder} (a buildx builder name), {@code dojo.context.limit}
 * (bytes), {@code dojo.probe.isolated} and {@code dojo.run.label}.
 *
 * @param root         the repository root, which holds {@code katas/}
 * @param dockerfile   the Dockerfile to grade; by default the learner's working copy, {@code katas/ID/Dockerfile}
 * @param context      the build context; by default the kata's folder, which holds the app
 * @param buildTimeout how long a build may take
 * @param probeTimeout how long the app may take to answer
 * @param buildxBuilder a buildx builder to use instead of the default
 * @param contextLimit the largest build context, in bytes, that the grader sends to the builder
 * @param isolatedProbe whether the app runs without network access (an internal network for HTTP probes)
 * @param runLabel     the value of the run label on everything this grading makes; by default its own id
 */
public record GradingInput(Path root, Path dockerfile, Path context, Duration buildTimeout, Duration probeTimeout,
                           Optional<String> buildxBuilder, long contextLimit, boolean isolatedProbe,
                           Optional<String> runLabel) {

    public static final String ROOT = "dojo.root";
    public static final String DOCKERFILE = "dojo.dockerfile";
    public static final String CONTEXT = "dojo.context";
    public static final String BUILD_TIMEOUT = "dojo.build.timeout";
    public static final String PROBE_TIMEOUT = "dojo.probe.timeout";
    public static final String BUILDER = "dojo.builder";
    public static final String CONTEXT_LIMIT = "dojo.context.limit";
    public static final String PROBE_ISOLATED = "dojo.probe.isolated";
    public static final String RUN_LABEL = "dojo.run.label";

    /** One gigabyte: more than any kata needs, less than a stray disk image or dataset. */
    static final long DEFAULT_CONTEXT_LIMIT = 1_000_000_000L;

    static GradingInput resolve(String kataId, Function<String, Optional<String>> parameters) {
        Path root = parameters.apply(ROOT).map(Path::of).orElseGet(RepositoryRoot::find).toAbsolutePath()
                .normalize();
        Path kataDir = root.resolve("katas").resolve(kataId);
        Path dockerfile = parameters.apply(DOCKERFILE).map(p -> root.resolve(p)).orElse(kataDir.resolve("Dockerfile"));
        Path context = parameters.apply(CONTEXT).map(p -> root.resolve(p)).orElse(kataDir);
        Duration build = Duration.ofSeconds(parameters.apply(BUILD_TIMEOUT).map(Long::parseLong).orElse(900L));
        Duration probe = Duration.ofSeconds(parameters.apply(PROBE_TIMEOUT).map(Long::parseLong).orElse(30L));
        return new GradingInput(root, dockerfile.normalize(), context.normalize(), build, probe,
                parameters.apply(BUILDER).filter(name -> !name.isBlank()),
                parameters.apply(CONTEXT_LIMIT).map(Long::parseLong).orElse(DEFAULT_CONTEXT_LIMIT),
                parameters.apply(PROBE_ISOLATED).map(Boolean::parseBoolean).orElse(false),
                parameters.apply(RUN_LABEL).filter(label -> !label.isBlank()));
    }

    /** A path as the learner would type it: relative to the repository root when inside it. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
