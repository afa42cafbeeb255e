package dojo.kata;

import dojo.build.BuildFailedException;
import dojo.build.BuildRequest;
import dojo.build.Builder;
import dojo.build.Builders;
import dojo.build.BuiltImage;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.ProbeOutcome;
import dojo.check.Remedies;
import dojo.check.Size;
import dojo.dockerfile.Dockerfile;
import dojo.dockerfile.DockerfileSyntaxException;
import dojo.dockerfile.Stage;
import dojo.engine.Engine;
import dojo.engine.EngineUnavailableException;
import dojo.image.ImageAnalysis;
import dojo.image.ImageArchive;
import dojo.image.ImageFacts;
import dojo.image.ImageFilesystem;
import dojo.image.ImageMetadata;
import dojo.image.LayerCache;
import dojo.image.NeedleSearch;
import dojo.image.Prefetch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One grading of one Dockerfile against one kata. Each step (parse, build, scan, probe) runs at most once, when a
 * check first needs it, and a step that fails turns the checks that depend on it into errors that say why.
 */
final class Grading implements AutoCloseable {

    private final Kata kata;
    private final GradingInput input;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Object parsed;
    private Engine engine;
    private Builder builder;
    private Object built;
    private Object facts;
    private ProbeOutcome probe;
    private Duration scanTime = Duration.ZERO;
    private Object secretFindings;
    private ImageAnalysis analysis;
    private Thread cleanup;
    private Object rebuilt;

    Grading(Kata kata, GradingInput input) {
        this.kata = kata;
        this.input = input;
    }

    Kata kata() {
        return kata;
    }

    GradingInput input() {
        return input;
    }

    /** The parsed Dockerfile, or a one-line reason it could not be read. */
    Optional<Dockerfile> dockerfile() {
        if (parsed == null) {
            parsed = parse();
        }
        return parsed instanceof Dockerfile d ? Optional.of(d) : Optional.empty();
    }

    String dockerfileProblem() {
        dockerfile();
        return parsed instanceof String problem ? problem : "";
    }

    private Object parse() {
        Path file = input.dockerfile();
        if (!Files.isRegularFile(file)) {
            return "there is no Dockerfile at " + input.shown(file) + "; create it, or pass --dockerfile PATH";
        }
        try {
            // Docker reads bytes, not UTF-8: a stray Latin-1 byte in a comment must not stop the grading.
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.isBlank()) {
                return input.shown(file) + " is empty; start from the kata's starter Dockerfile";
            }
            return Dockerfile.parse(text);
        } catch (DockerfileSyntaxException e) {
            return input.shown(file) + ": " + e.getMessage();
        } catch (IOException e) {
            return "could not read " + input.shown(file) + ": " + e.getMessage();
        }
    }

    Optional<BuiltImage> image() {
        if (built == null) {
            built = build();
        }
        return built instanceof BuiltImage image ? Optional.of(image) : Optional.empty();
    }

    /** The builds check, or why the build did not happen. */
    CheckResult buildCheck() {
        image();
        if (built instanceof BuiltImage image) {
            return Checks.built(image.builder(), image.duration());
        }
        if (built instanceof BuildFailedException failure && failure.getMessage().contains("docker/dockerfile")
                && dockerfile().flatMap(Dockerfile::syntax).isPresent()) {
            return Checks.buildFailed("line 1: `# syntax=" + dockerfile().flatMap(Dockerfile::syntax).get()
                    + "` asks BuildKit to pull a frontend image, and no registry answered", failure.step(),
                    failure.lastLines(), Remedies.SYNTAX_DIRECTIVE);
        }
        if (built instanceof BuildFailedException failure && failure.step().contains("load metadata for ")) {
            // BuildKit could not resolve a base image: say which, and how to get it.
            String image = failure.step().substring(failure.step().indexOf("load metadata for ") + 18)
                    .replaceFirst("^docker\\.io/library/", "").replaceFirst("^docker\\.io/", "");
            return Checks.buildFailed(Remedies.missingBaseImageProblem(image), failure.step(), failure.lastLines(),
                    Remedies.missingBaseImageStep(image));
        }
        if (built instanceof BuildFailedException failure) {
            return Checks.buildFailed(failure.getMessage(), failure.step(), failure.lastLines(),
                    failure.timedOut() ? "make the build finish sooner, or allow it longer: `./dojo grade"
                            + " --build-timeout SECONDS` (Maven: -Ddojo.build.timeout=SECONDS)"
                            : Remedies.BUILD_FAILED.replace("DOCKERFILE", input.shown(input.dockerfile()))
                            .replace("CONTEXT", input.shown(input.context())));
        }
        String problem = (String) built;
        int next = problem.indexOf("Next step:");
        if (next >= 0) {
            return Checks.buildFailed(problem.substring(0, next).strip(), "", List.of(),
                    problem.substring(next + "Next step:".length()).strip());
        }
        return Checks.buildFailed(problem, "", List.of(), "fix the problem above and grade again");
    }

    /** Why a check that needs the image cannot be measured, when the image did not build. */
    String whyNoImage() {
        return "the image did not build (see the builds check)";
    }

    private Object build() {
        Optional<Dockerfile> dockerfile = dockerfile();
        if (dockerfile.isEmpty()) {
            return dockerfileProblem();
        }
        try {
            engine = Engine.connect();
        } catch (EngineUnavailableException e) {
            return e.getMessage();
        }
        for (String base : externalBases(dockerfile.get())) {
            if (!engine.hasImage(base) && !canPull(base)) {
                return Remedies.missingBaseImage(base);
            }
        }
        Optional<String> tooLarge = ContextSize.over(input.context(), input.contextLimit());
        if (tooLarge.isPresent()) {
            return "the build context " + input.shown(input.context()) + " is " + tooLarge.get() + ", over the limit"
                    + " of " + Size.format(input.contextLimit()) + "; move large files out of it or list them in a"
                    + " .dockerignore";
        }
        builder = Builders.select(input.buildxBuilder());
        if (input.buildxBuilder().isPresent() && !builder.description().contains("buildx")) {
            Progress.report("--builder " + input.buildxBuilder().get() + " needs the docker buildx plugin, which is"
                    + " not installed; building with " + builder.description() + " instead");
        }
        String tag = "dojo-grade/" + kata.id() + ":" + run;
        Progress.report("building " + input.shown(input.dockerfile()) + " with " + builder.description());
        try {
            // Interrupted (Ctrl-C, SIGTERM), the grading still removes the image it made.
            Engine cleaner = engine;
            cleanup = new Thread(() -> cleaner.removeImage(tag), "dojo-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            BuiltImage image = builder.build(new BuildRequest(input.context(), input.dockerfile(), tag,
                    labels(), input.buildTimeout(), secretFiles()), Progress::report);
            Progress.report("built " + tag + " in " + image.duration().toSeconds() + " s");
            return image;
        } catch (BuildFailedException e) {
            engine.removeImage(tag);
            return e;
        }
    }

    private Map<String, String> labels() {
        return Engine.labels(input.runLabel().orElse(run));
    }

    private Map<String, Path> secretFiles() {
        Map<String, Path> files = new TreeMap<>();
        kata.buildSecrets().forEach((id, file) -> files.put(id, kataDir().resolve(file)));
        return files;
    }

    private Path kataDir() {
        return input.root().resolve("katas").resolve(kata.id());
    }

    /** Where the build secrets' values occur in the final image, or why that could not be looked at. */
    Object secretFindings() {
        if (secretFindings == null) {
            secretFindings = searchSecrets();
        }
        return secretFindings;
    }

    private Object searchSecrets() {
        Optional<BuiltImage> image = image();
        if (image.isEmpty()) {
            return whyNoImage();
        }
        List<String> found = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> secret : secretFiles().entrySet()) {
                String value = Files.readString(secret.getValue(), StandardCharsets.UTF_8).strip();
                Progress.report("looking for the value of secret " + secret.getKey() + " in every layer");
                try (InputStream saved = engine.save(image.get().tag())) {
                    NeedleSearch.find(saved, value).forEach(where -> found.add(secret.getKey() + " in " + where));
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return "tried to search the image for the build secret but failed: " + e.getMessage();
        }
    }

    /**
     * Rebuilds from a copy of the context in which the kata's changed file has one more comment line, and reports
     * which steps ran again. The learner's files are never touched.
     */
    Object rebuild() {
        if (rebuilt == null) {
            rebuilt = runRebuild();
        }
        return rebuilt;
    }

    private Object runRebuild() {
        Optional<BuiltImage> first = image();
        Optional<Kata.Rebuild> rebuild = kata.rebuild();
        if (first.isEmpty() || rebuild.isEmpty()) {
            return whyNoImage();
        }
        Path copy = null;
        String tag = "dojo-grade/" + kata.id() + ":" + run + "-rebuild";
        try {
            copy = Files.createTempDirectory("dojo-rebuild");
            ContextCopy.copy(input.context(), copy);
            Path changed = copy.resolve(rebuild.get().changedFile());
            if (!Files.isRegularFile(changed)) {
                return "the kata changes " + rebuild.get().changedFile() + " to test the cache, but the build"
                        + " context has no such file";
            }
            Files.writeString(changed, ContextCopy.commentLine(changed), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            Progress.report("rebuilding after a one-line change to " + rebuild.get().changedFile()
                    + " to see which steps run again");
            // The builder that made the first image, so the rebuild can hit its cache.
            BuiltImage second = builder.build(new BuildRequest(copy, input.dockerfile(), tag, labels(),
                    input.buildTimeout(), secretFiles()), Progress::report);
            engine.removeImage(tag);
            return second;
        } catch (BuildFailedException e) {
            engine.removeImage(tag);
            return "the rebuild failed: " + e.getMessage();
        } catch (IOException e) {
            return "tried to copy the build context for the rebuild but failed: " + e.getMessage();
        } finally {
            ContextCopy.deleteQuietly(copy);
        }
    }

    private boolean canPull(String image) {
        // The grader leaves pulling to the builder; this only rules out a base that cannot be had at all.
        return !image.startsWith("debian:bookworm") && System.getenv("DOJO_OFFLINE") == null;
    }

    private static List<String> externalBases(Dockerfile dockerfile) {
        return dockerfile.stages().stream().filter(stage -> stage.baseStage().isEmpty() && !stage.isScratch())
                .map(Stage::baseName).distinct().toList();
    }

    Optional<ImageFacts> facts() {
        if (facts == null) {
            facts = scan();
        }
        return facts instanceof ImageFacts f ? Optional.of(f) : Optional.empty();
    }

    String whyNoFacts() {
        facts();
        return facts instanceof String problem ? problem : whyNoImage();
    }

    private Object scan() {
        Optional<BuiltImage> image = image();
        if (image.isEmpty()) {
            return whyNoImage();
        }
        ImageMetadata metadata = engine.inspect(image.get().tag());
        if (metadata.layers() == 0) {
            // The engine cannot export an image without layers ("empty export"); its filesystem is empty.
            return ImageFacts.ofEmpty(metadata);
        }
        Progress.report("streaming the image (" + Size.format(metadata.sizeBytes()) + ") to look inside it");
        long started = System.nanoTime();
        try (InputStream saved = new StreamProgress(Prefetch.of(engine.save(image.get().tag())),
                metadata.sizeBytes(), Progress::report)) {
            ImageArchive archive = ImageArchive.read(saved,
                    ImageAnalysis.interestAlongside(ImageFacts.interestFor(metadata)),
                    LayerCache.inUserCache(ImageAnalysis.cacheScope(metadata)));
            ImageFilesystem filesystem = archive.filesystem();
            ImageFacts result = ImageFacts.of(metadata, filesystem);
            analysis = ImageAnalysis.of(archive, kata.payload());
            scanTime = Duration.ofNanos(System.nanoTime() - started);
            Progress.report("looked through " + archive.layers().size()
                    + (archive.layers().size() == 1 ? " layer in " : " layers in ")
                    + String.format(Locale.ROOT, "%.1f s", scanTime.toMillis() / 1000.0));
            return result;
        } catch (IOException | RuntimeException e) {
            return "tried to read the image's filesystem but failed: " + e.getMessage();
        }
    }

    /** The image, if it has already been built; never starts a build. */
    Optional<BuiltImage> builtSoFar() {
        return built instanceof BuiltImage image ? Optional.of(image) : Optional.empty();
    }

    /** Why the image is its size, once it has been scanned; never starts a scan. */
    Optional<ImageAnalysis> analysisSoFar() {
        return Optional.ofNullable(analysis);
    }

    /** The rebuild, if it has already run; never starts one. */
    Optional<BuiltImage> rebuiltSoFar() {
        return rebuilt instanceof BuiltImage image ? Optional.of(image) : Optional.empty();
    }

    /** The facts, if the image has already been scanned; never starts a scan. */
    Optional<ImageFacts> factsSoFar() {
        return facts instanceof ImageFacts f ? Optional.of(f) : Optional.empty();
    }

    Duration scanTime() {
        return scanTime;
    }

    Optional<ProbeOutcome> probe() {
        if (probe == null) {
            Optional<BuiltImage> image = image();
            Optional<Probe> wanted = kata.probe();
            if (image.isEmpty() || wanted.isEmpty()) {
                return Optional.empty();
            }
            Progress.report("starting the image to probe the app: " + describe(wanted.get()));
            probe = engine.probe(image.get().tag(), wanted.get(), input.probeTimeout(), input.isolatedProbe(),
                    labels());
        }
        return Optional.of(probe);
    }

    static String describe(Probe probe) {
        if (probe instanceof Probe.Http http) {
            return "GET :" + http.port() + http.path() + " answers with " + quoted(http.expectedBody());
        }
        Probe.Command command = (Probe.Command) probe;
        return "`docker run IMAGE " + String.join(" ", command.arguments()) + "` prints "
                + quoted(command.expectedOutput());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        if (engine != null && built instanceof BuiltImage image) {
            engine.removeImage(image.tag());
        }
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running or has run.
            }
        }
    }

    String run() {
        return run;
    }

    /** The engine's version, once the grading has talked to it. */
    Optional<String> engineVersion() {
        try {
            return engine == null ? Optional.empty() : Optional.of(engine.version());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean multiStage() {
        return dockerfile().map(Dockerfile::isMultiStage).orElse(false);
    }
}
