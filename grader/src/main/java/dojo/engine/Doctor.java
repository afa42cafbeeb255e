package dojo.engine;

import dojo.build.Builder;
import dojo.build.Builders;
import dojo.check.Remedies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Looks at what grading needs (an engine, a builder, the base images) and, when asked, provides it on Debian as
 * root: installs docker.io, starts dockerd when none answers, and builds the base images from Debian's archive.
 */
public final class Doctor {

    /** The only base images katas use; scratch needs nothing. */
    public static final List<String> BASE_IMAGES = List.of("debian:bookworm", "debian:bookworm-slim");

    /**
     * One finding.
     *
     * @param ok     whether this part is ready
     * @param what   what was looked at
     * @param detail what was found
     * @param fix    the exact step that fixes it; empty when ok
     */
    public record Finding(boolean ok, String what, String detail, String fix) {
    }

    private final Path root;
    private final Consumer<String> progress;

    public Doctor(Path root, Consumer<String> progress) {
        this.root = root;
        this.progress = progress;
    }

    /** What is ready and what is not, changing nothing. */
    public List<Finding> examine() {
        List<Finding> findings = new ArrayList<>();
        Optional<Engine> engine = tryConnect();
        String host = Optional.ofNullable(System.getenv("DOCKER_HOST")).filter(h -> !h.isBlank())
                .map(h -> "DOCKER_HOST=" + h).orElse("the default socket /var/run/docker.sock");
        if (engine.isEmpty()) {
            findings.add(new Finding(false, "engine", "no Docker engine answers at " + host,
                    "run `./dojo doctor --fix` (Debian, as root), or start Docker and set DOCKER_HOST"));
            findings.add(new Finding(false, "base images", "not checked: no engine", "start an engine first"));
        } else {
            findings.add(new Finding(true, "engine", "Docker " + engine.get().version() + " at " + host, ""));
        }
        Builder builder = Builders.select(Optional.empty());
        boolean buildKit = builder.description().startsWith("BuildKit");
        findings.add(new Finding(buildKit, "builder", builder.description(), buildKit ? ""
                : "install the buildx plugin, or Debian's docker.io (its /usr/bin/docker 20.10 has BuildKit)"));
        engine.ifPresent(e -> {
            for (String image : BASE_IMAGES) {
                boolean present = e.hasImage(image);
                findings.add(new Finding(present, "base image", image + (present ? " present" : " missing"),
                        present ? "" : "`docker pull " + image + "`, or offline `./dojo doctor --fix`"));
            }
        });
        return findings;
    }

    /** Fixes what it can, in order; returns the findings afterwards. */
    public List<Finding> fix() throws IOException, InterruptedException {
        if (tryConnect().isEmpty()) {
            if (!Files.isExecutable(Path.of("/usr/sbin/dockerd")) && !Files.isExecutable(Path.of("/usr/bin/dockerd"))) {
                requireRoot("install docker.io");
                progress.accept("installing Debian's docker.io and debuerreotype (apt-get)");
                sh("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io"
                        + " debuerreotype >/dev/null");
            }
            requireRoot("start dockerd");
            progress.accept("starting dockerd in the background (log: /var/log/dojo-dockerd.log)");
            sh("nohup dockerd >/var/log/dojo-dockerd.log 2>&1 &");
            waitForEngine();
        }
        Optional<Engine> engine = tryConnect();
        if (engine.isPresent()) {
            boolean missing = BASE_IMAGES.stream().anyMatch(image -> !engine.get().hasImage(image));
            if (missing) {
                if (!Files.isExecutable(Path.of("/usr/sbin/debuerreotype-init"))) {
                    requireRoot("install debuerreotype");
                    progress.accept("installing Debian's debuerreotype (apt-get)");
                    sh("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debuerreotype"
                            + " >/dev/null");
                }
                progress.accept("preparing the base images (pull, else build them from Debian's archive)");
                for (String image : BASE_IMAGES) {
                    if (!engine.get().hasImage(image)) {
                        sh("timeout 60 docker pull -q " + image + " >/dev/null 2>&1 || true");
                    }
                }
                if (BASE_IMAGES.stream().anyMatch(image -> !engine.get().hasImage(image))) {
                    sh("'" + root.resolve("scripts/debian-base-images") + "' bookworm");
                }
            }
        }
        return examine();
    }

    private void waitForEngine() throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            if (tryConnect().isPresent()) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static Optional<Engine> tryConnect() {
        try {
            return Optional.of(Engine.connect());
        } catch (EngineUnavailableException e) {
            return Optional.empty();
        }
    }

    private static void requireRoot(String what) {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("to " + what + " the doctor needs root; run `sudo ./dojo doctor --fix`,"
                    + " or do it by hand. " + Remedies.NO_ENGINE);
        }
    }

    private void sh(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", script).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("`" + script + "` exited with " + exit);
        }
    }
}
