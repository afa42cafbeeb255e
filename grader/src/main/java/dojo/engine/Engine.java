package dojo.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import dojo.check.ProbeOutcome;
import dojo.check.Remedies;
import dojo.image.ImageMetadata;
import dojo.kata.Probe;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.utility.DockerImageName;

/**
 * The Docker engine the grader talks to: whatever {@code DOCKER_HOST} names, else the default socket. Reached
 * through Testcontainers, which also starts the containers that probe the app.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");
    private static final int LOG_LINES = 20;

    /** Limits for every container the grader starts, so that no submission can take the machine down. */
    private static final long MEMORY_BYTES = 512L * 1024 * 1024;
    private static final long PIDS = 256;
    private static final long NANO_CPUS = 1_000_000_000L;

    private final DockerClient client;

    private Engine(DockerClient client) {
        this.client = client;
    }

    /**
     * Connects to the engine.
     *
     * @throws EngineUnavailableException with the way to get an engine, when none answers
     */
    public static Engine connect() {
        String dockerHost = System.getenv("DOCKER_HOST");
        boolean named = dockerHost != null && !dockerHost.isBlank();
        String where = named ? "DOCKER_HOST=" + dockerHost : "the default socket " + DEFAULT_SOCKET;
        // Asked first without Testcontainers, which would remember a failure for the life of the JVM.
        if (!EnginePing.answers(named ? dockerHost : "unix://" + DEFAULT_SOCKET)) {
            throw new EngineUnavailableException(Remedies.noEngine(where));
        }
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new EngineUnavailableException(Remedies.noEngine(where));
            }
            String found = DockerClientFactory.instance().getTransportConfig().getDockerHost().toString();
            // Testcontainers falls back to other places when DOCKER_HOST does not answer; the builder would not.
            if (named && !found.equals(dockerHost)) {
                throw new EngineUnavailableException(Remedies.noEngine(where + " (an engine answers at " + found
                        + " instead)"));
            }
            return new Engine(DockerClientFactory.instance().client());
        } catch (IllegalStateException e) {
            throw new EngineUnavailableException(Remedies.noEngine(where));
        }
    }

    /** The engine's version, for example "20.10.24+dfsg1". */
    public String version() {
        return client.versionCmd().exec().getVersion();
    }

    public boolean hasImage(String name) {
        try {
            client.inspectImageCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The image's size as {@code docker image ls} shows it, its layers and its configuration. */
    public ImageMetadata inspect(String image) {
        InspectImageResponse response = client.inspectImageCmd(image).exec();
        ContainerConfig config = response.getConfig();
        List<String> layers = response.getRootFS() == null || response.getRootFS().getLayers() == null
                ? List.of() : response.getRootFS().getLayers();
        return new ImageMetadata(response.getId(), response.getSize() == null ? 0 : response.getSize(),
                layers.size(),
                config == null ? "" : nullToEmpty(config.getUser()),
                config == null ? List.of() : list(config.getEntrypoint()),
                config == null ? List.of() : list(config.getCmd()),
                config == null || config.getExposedPorts() == null ? List.of()
                        : Arrays.stream(config.getExposedPorts()).map(Object::toString).sorted().toList(),
                config == null ? List.of() : list(config.getEnv()));
    }

    /** Streams the image as {@code docker save} writes it; the caller closes the stream. */
    public InputStream save(String image) {
        return client.saveImageCmd(image).exec();
    }

    /** Removes an image the grader made; absent images are fine. */
    public void removeImage(String image) {
        try {
            client.removeImageCmd(image).withForce(true).withNoPrune(false).exec();
        } catch (NotFoundException e) {
            LOG.debug("{} was already gone", image);
        } catch (RuntimeException e) {
            LOG.warn("could not remove image {}: {}; remove it with `docker rmi {}`", image, e.getMessage(), image);
        }
    }

    /**
     * Starts the image, probes the app and stops it again; the container is removed whatever happens.
     *
     * @param isolated run the app with no way out: an internal network, reached at the container's own address,
     *                 for an HTTP probe, and no network at all for a command. Needs the engine on this machine.
     * @param labels   labels for the container, so that leftovers of a run can be found
     */
    public ProbeOutcome probe(String image, Probe probe, Duration timeout, boolean isolated,
                              Map<String, String> labels) {
        Deque<String> logs = new ArrayDeque<>();
        try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))) {
            container.withLabels(labels);
            container.withLogConsumer(frame -> remember(logs, frame))
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                            .withMemory(MEMORY_BYTES)
                            .withMemorySwap(MEMORY_BYTES)
                            .withPidsLimit(PIDS)
                            .withNanoCPUs(NANO_CPUS)
                            .withPrivileged(false));
            if (probe instanceof Probe.Http http) {
                return isolated ? probeHttpIsolated(container, http, timeout, logs, labels)
                        : probeHttp(container, http, timeout, logs);
            }
            if (isolated) {
                container.withNetworkMode("none");
            }
            return probeCommand(container, (Probe.Command) probe, timeout, logs);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Removes every container, image and network that carries this label, for instance what a class run left
     * behind after a crash.
     *
     * @return how many things were removed
     */
    public int removeLabelled(String label, String value) {
        String filter = label + "=" + value;
        int removed = 0;
        for (var container : client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(label, value)).exec()) {
            try {
                client.removeContainerCmd(container.getId()).withForce(true).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.warn("could not remove container {} ({}): {}", container.getId(), filter, e.getMessage());
            }
        }
        for (var image : client.listImagesCmd().withLabelFilter(Map.of(label, value)).exec()) {
            try {
                client.removeImageCmd(image.getId()).withForce(true).exec();
                removed++;
            } catch (NotFoundException e) {
                LOG.debug("{} was already gone", image.getId());
            } catch (RuntimeException e) {
                LOG.warn("could not remove image {} ({}): {}", image.getId(), filter, e.getMessage());
            }
        }
        for (var network : client.listNetworksCmd().withFilter("label", List.of(filter)).exec()) {
            try {
                client.removeNetworkCmd(network.getId()).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.warn("could not remove network {} ({}): {}", network.getName(), filter, e.getMessage());
            }
        }
        return removed;
    }

    private ProbeOutcome probeHttp(GenericContainer<?> container, Probe.Http http, Duration timeout,
                                   Deque<String> logs) {
        container.withExposedPorts(http.port());
        return pollHttp(container, http, timeout, logs, () -> new Address(container.getHost(),
                container.getMappedPort(http.port())));
    }

    private ProbeOutcome probeHttpIsolated(GenericContainer<?> container, Probe.Http http, Duration timeout,
                                           Deque<String> logs, Map<String, String> labels) {
        String network = "dojo-probe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        client.createNetworkCmd().withName(network).withInternal(true).withLabels(labels).exec();
        try {
            container.withNetworkMode(network);
            return pollHttp(container, http, timeout, logs, () -> new Address(container.getContainerInfo()
                    .getNetworkSettings().getNetworks().get(network).getIpAddress(), http.port()));
        } finally {
            container.stop();
            try {
                client.removeNetworkCmd(network).exec();
            } catch (RuntimeException e) {
                LOG.warn("could not remove network {}: {}; remove it with `docker network rm {}`", network,
                        e.getMessage(), network);
            }
        }
    }

    private record Address(String host, int port) {
    }

    /**
     * Starts the container and asks the app until it answers, the container stops or the time is up. Polling here,
     * rather than in a Testcontainers wait strategy, notices at once that the app has exited.
     */
    private ProbeOutcome pollHttp(GenericContainer<?> container, Probe.Http http, Duration timeout,
                                  Deque<String> logs, java.util.function.Supplier<Address> address) {
        Optional<ProbeOutcome> notStarted = start(container, logs);
        if (notStarted.isPresent()) {
            return notStarted.get();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            Optional<Long> exit = exitCode(container);
            if (exit.isPresent()) {
                return new ProbeOutcome(false, "the container exited with code " + exit.get()
                        + " before answering", exit, tail(logs));
            }
            try {
                Address at = address.get();
                last = get(at.host(), at.port(), http.path());
                if (last.contains(http.expectedBody())) {
                    return new ProbeOutcome(true, last.strip(), Optional.empty(), tail(logs));
                }
            } catch (RuntimeException e) {
                last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            sleep(Duration.ofMillis(250));
        }
        return new ProbeOutcome(false, "no answer containing \"" + http.expectedBody() + "\" on port "
                + http.port() + " within " + timeout.toSeconds() + " s (last: " + abbreviate(last) + ")",
                Optional.empty(), tail(logs));
    }

    private ProbeOutcome probeCommand(GenericContainer<?> container, Probe.Command command, Duration timeout,
                                      Deque<String> logs) {
        container.withCommand(command.arguments().toArray(String[]::new));
        Optional<ProbeOutcome> notStarted = start(container, logs);
        if (notStarted.isPresent()) {
            return notStarted.get();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<Long> exit = exitCode(container);
        while (exit.isEmpty() && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
            exit = exitCode(container);
        }
        if (exit.isEmpty()) {
            return new ProbeOutcome(false, "the command did not finish within " + timeout.toSeconds() + " s",
                    Optional.empty(), tail(logs));
        }
        // A short-lived container may be gone before its log stream is drained: ask the engine for all of it.
        String output = container.getLogs();
        boolean answered = exit.get() == 0 && output.contains(command.expectedOutput());
        String observed = exit.get() == 0 ? output.strip() : "the command exited with code " + exit.get();
        return new ProbeOutcome(answered, observed, exit, tail(List.copyOf(output.lines().toList())));
    }

    /** Starts the container, leaving the watching to the caller; the outcome to report when it did not start. */
    private static Optional<ProbeOutcome> start(GenericContainer<?> container, Deque<String> logs) {
        container.withStartupCheckStrategy(new StartedIsEnough()).waitingFor(new NoWait());
        try {
            container.start();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new ProbeOutcome(false, "the container did not start: " + rootCause(e),
                    Optional.empty(), tail(logs)));
        }
    }

    /** The engine's own words for why a container failed, under Testcontainers' wrapping exceptions. */
    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        java.util.regex.Matcher engine = java.util.regex.Pattern.compile("\"message\":\"(.*?)\"}").matcher(message);
        return engine.find() ? engine.group(1).replace("\\\"", "\"") : message;
    }

    /** Starting is all the grader asks of Testcontainers; it watches the app itself. */
    private static final class StartedIsEnough extends org.testcontainers.containers.startupcheck.StartupCheckStrategy {
        @Override
        public StartupStatus checkStartupState(DockerClient dockerClient, String containerId) {
            return StartupStatus.SUCCESSFUL;
        }
    }

    private static final class NoWait extends org.testcontainers.containers.wait.strategy.AbstractWaitStrategy {
        @Override
        protected void waitUntilReady() {
            // See StartedIsEnough.
        }
    }

    private static String abbreviate(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private Optional<Long> exitCode(GenericContainer<?> container) {
        String id = container.getContainerId();
        if (id == null) {
            return Optional.empty();
        }
        try {
            InspectContainerResponse.ContainerState state = client.inspectContainerCmd(id).exec().getState();
            return Boolean.TRUE.equals(state.getRunning()) ? Optional.empty()
                    : Optional.ofNullable(state.getExitCodeLong());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String get(String host, int port, String path) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            String why = String.valueOf(e.getMessage());
            // A published port accepts the connection even when nothing listens inside, then closes it.
            throw new IllegalStateException(why.contains("received no bytes") || why.contains("Connection reset")
                    ? "nothing answered on port " + port + " inside the container" : "no answer: " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void remember(Deque<String> logs, OutputFrame frame) {
        String text = frame.getUtf8StringWithoutLineEnding();
        if (frame.getType() == OutputFrame.OutputType.END || text == null) {
            return;
        }
        synchronized (logs) {
            logs.addLast(text);
            while (logs.size() > 200) {
                logs.removeFirst();
            }
        }
    }

    private static List<String> tail(Deque<String> logs) {
        synchronized (logs) {
            return tail(List.copyOf(logs));
        }
    }

    private static List<String> tail(List<String> all) {
        return all.subList(Math.max(0, all.size() - LOG_LINES), all.size());
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The label every image, container and network the grader makes carries. */
    public static final String GRADER_LABEL = "dev.multistagedojo.grader";
    /** The label naming the grading, or the class run, a thing belongs to. */
    public static final String RUN_LABEL = "dev.multistagedojo.run";

    /** Labels the grader sets on everything it makes, so that leftovers can be found. */
    public static Map<String, String> labels(String run) {
        return Map.of(GRADER_LABEL, "true", RUN_LABEL, run);
    }
}
