package dojo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds with BuildKit through a docker client: {@code docker buildx build --load} where the buildx plugin is
 * installed, or {@code docker build} with {@code DOCKER_BUILDKIT=1} on clients older than 23, which carry BuildKit
 * themselves. BuildKit is what learners get from {@code docker build} at home: it skips stages the final image does
 * not need and understands {@code RUN --mount}.
 */
final class CliBuilder implements Builder {

    private static final Logger LOG = LoggerFactory.getLogger(CliBuilder.class);

    private final String docker;
    private final boolean buildx;
    private final String buildxBuilder;
    private final String description;

    CliBuilder(String docker, boolean buildx, String buildxBuilder, String clientVersion) {
        this.docker = docker;
        this.buildx = buildx;
        this.buildxBuilder = buildxBuilder;
        String via = buildx ? "docker buildx" : "docker " + clientVersion;
        this.description = "BuildKit (" + via + (buildxBuilder == null ? "" : ", builder " + buildxBuilder) + ")";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public BuiltImage build(BuildRequest request, Consumer<String> output) throws BuildFailedException {
        Path iidFile;
        try {
            iidFile = Files.createTempFile("dojo-iid", ".txt");
        } catch (IOException e) {
            throw new BuildFailedException("tried to create a temporary file for the image id but failed: "
                    + e.getMessage(), "", List.of(), false);
        }
        List<String> command = command(request, iidFile);
        LOG.debug("running {}", command);
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("DOCKER_BUILDKIT", "1");
        long started = System.nanoTime();
        ProgressTranscript transcript = new ProgressTranscript();
        try {
            Process build = process.start();
            Thread reader = new Thread(() -> pump(build, transcript, output), "dojo-build-output");
            reader.setDaemon(true);
            reader.start();
            boolean finished = build.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // Ending the client ends the BuildKit session, which cancels the build on the engine.
                build.descendants().forEach(ProcessHandle::destroyForcibly);
                build.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                reader.join(2000);
                throw new BuildFailedException("the build ran past its time limit of "
                        + request.timeout().toSeconds() + " s and was stopped", transcript.currentStep(),
                        transcript.lastLines(transcript.currentStepNumber()), true);
            }
            reader.join(5000);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (build.exitValue() != 0) {
                throw transcript.failure();
            }
            String imageId = Files.readString(iidFile).trim();
            return new BuiltImage(imageId, request.tag(), description, took, transcript.steps());
        } catch (IOException e) {
            throw new BuildFailedException("tried to run " + docker + " but failed: " + e.getMessage(), "",
                    List.of(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailedException("the build was interrupted", "", List.of(), false);
        } finally {
            try {
                Files.deleteIfExists(iidFile);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless.
            }
        }
    }

    private List<String> command(BuildRequest request, Path iidFile) {
        List<String> command = new ArrayList<>(List.of(docker));
        if (buildx) {
            command.addAll(List.of("buildx", "build", "--load"));
            if (buildxBuilder != null) {
                command.addAll(List.of("--builder", buildxBuilder));
            }
        } else {
            command.add("build");
        }
        command.addAll(List.of("--progress=plain", "--iidfile", iidFile.toString(),
                "-f", request.dockerfile().toAbsolutePath().toString(), "-t", request.tag()));
        for (Map.Entry<String, Path> secret : request.secrets().entrySet()) {
            command.addAll(List.of("--secret", "id=" + secret.getKey() + ",src=" + secret.getValue().toAbsolutePath()));
        }
        for (Map.Entry<String, String> label : request.labels().entrySet()) {
            command.addAll(List.of("--label", label.getKey() + "=" + label.getValue()));
        }
        command.add(request.context().toAbsolutePath().toString());
        return command;
    }

    private static void pump(Process build, ProgressTranscript transcript, Consumer<String> output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                transcript.add(line);
                output.accept(line);
            }
        } catch (IOException e) {
            LOG.debug("build output ended early", e);
        }
    }

    /** Follows BuildKit's plain progress output so that a failure can name its step and show that step's lines. */
    static final class ProgressTranscript {

        private static final int KEPT = 20;
        private static final java.util.regex.Pattern STEP =
                java.util.regex.Pattern.compile("^#(\\d+) (\\[[^\\]]+\\] .*)$");
        private static final java.util.regex.Pattern OUTPUT =
                java.util.regex.Pattern.compile("^#(\\d+) (?:\\d+\\.\\d+ )?(.*)$");

        private final Map<String, String> stepNames = new java.util.LinkedHashMap<>();
        private final java.util.Set<String> cachedSteps = new java.util.HashSet<>();
        private final Map<String, Deque<String>> stepLines = new java.util.HashMap<>();
        private final Deque<String> tail = new ArrayDeque<>();
        private String failedStep;
        private String current = "";

        synchronized void add(String line) {
            remember(tail, line, 40);
            java.util.regex.Matcher step = STEP.matcher(line);
            if (step.matches() && !stepNames.containsKey(step.group(1))) {
                stepNames.put(step.group(1), step.group(2));
                current = step.group(1);
                return;
            }
            java.util.regex.Matcher out = OUTPUT.matcher(line);
            if (out.matches()) {
                String text = out.group(2);
                if (text.equals("CACHED")) {
                    cachedSteps.add(out.group(1));
                }
                if (text.startsWith("ERROR")) {
                    failedStep = out.group(1);
                }
                // After the error BuildKit repeats the failing step's lines; they are already kept.
                boolean repeat = failedStep != null && !text.startsWith("ERROR");
                boolean noise = text.startsWith("sha256:") || text.equals("DONE") || text.startsWith("DONE ")
                        || text.startsWith("ERROR") || text.equals("CACHED");
                if (!repeat && !noise) {
                    remember(stepLines.computeIfAbsent(out.group(1), n -> new ArrayDeque<>()), text, KEPT);
                }
            }
        }

        /** The Dockerfile's steps in the order BuildKit announced them; internal steps are left out. */
        synchronized List<BuildStep> steps() {
            List<BuildStep> steps = new ArrayList<>();
            stepNames.forEach((number, name) -> {
                // FROM is resolved, not run: BuildKit never reports it as cached.
                if (!name.startsWith("[internal]") && !name.matches("\\[[^\\]]+\\] FROM .*")) {
                    steps.add(new BuildStep(name, cachedSteps.contains(number)));
                }
            });
            return steps;
        }

        synchronized String currentStep() {
            return stepNames.getOrDefault(current, "");
        }

        synchronized String currentStepNumber() {
            return current;
        }

        synchronized List<String> lastLines(String step) {
            return List.copyOf(stepLines.getOrDefault(step, new ArrayDeque<>()));
        }

        synchronized BuildFailedException failure() {
            String summary = tail.isEmpty() ? "the builder printed nothing" : lastMeaningful();
            if (failedStep == null) {
                return new BuildFailedException(summary, "", List.copyOf(tail).subList(
                        Math.max(0, tail.size() - KEPT), tail.size()), false);
            }
            return new BuildFailedException(summary, stepNames.getOrDefault(failedStep, ""),
                    lastLines(failedStep), false);
        }

        private String lastMeaningful() {
            List<String> lines = new ArrayList<>(tail);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).trim();
                if (!line.isEmpty() && !line.equals("------")) {
                    return line;
                }
            }
            return "the build failed";
        }

        private static void remember(Deque<String> lines, String line, int max) {
            lines.addLast(line);
            while (lines.size() > max) {
                lines.removeFirst();
            }
        }
    }
}
