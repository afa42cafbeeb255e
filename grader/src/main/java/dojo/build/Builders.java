package dojo.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Chooses a builder at run time: buildx first, then a docker client with BuildKit built in, then the classic builder.
 * {@code DOJO_BUILDER} ({@code buildx}, {@code buildkit} or {@code classic}) forces a choice; {@code --builder NAME}
 * picks a buildx builder, for instance a BuildKit cluster.
 */
public final class Builders {

    private Builders() {
    }

    /** The builder that a plain {@code docker build} would use on this machine, or the closest to it available. */
    public static Builder select(Optional<String> buildxBuilder) {
        String forced = Optional.ofNullable(System.getenv("DOJO_BUILDER")).orElse("").toLowerCase(Locale.ROOT);
        if (forced.equals("classic")) {
            return new ClassicBuilder();
        }
        for (String docker : dockerClients()) {
            if (!forced.equals("buildkit") && succeeds(docker, "buildx", "version")) {
                return new CliBuilder(docker, true, buildxBuilder.orElse(null), "");
            }
        }
        if (!forced.equals("buildx")) {
            for (String docker : dockerClients()) {
                Optional<String> version = clientVersion(docker);
                if (version.isPresent() && hasBuiltInBuildKit(version.get())) {
                    return new CliBuilder(docker, false, null, version.get());
                }
            }
        }
        return new ClassicBuilder();
    }

    /**
     * Docker clients before 23.0 build with BuildKit themselves when {@code DOCKER_BUILDKIT=1}; later ones hand
     * {@code docker build} to the buildx plugin and fail without it.
     */
    static boolean hasBuiltInBuildKit(String clientVersion) {
        String[] parts = clientVersion.split("[.+~-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 23 && (major > 18 || (major == 18 && minor >= 9));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every distinct docker client on PATH, and Debian's, which may be shadowed by a newer one without buildx. */
    static List<String> dockerClients() {
        Set<Path> seen = new LinkedHashSet<>();
        List<String> clients = new ArrayList<>();
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        List<Path> candidates = new ArrayList<>();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "docker"));
            }
        }
        candidates.add(Path.of("/usr/bin/docker"));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                try {
                    if (seen.add(candidate.toRealPath())) {
                        clients.add(candidate.toString());
                    }
                } catch (IOException e) {
                    // A broken link is no client.
                }
            }
        }
        return clients;
    }

    static Optional<String> clientVersion(String docker) {
        return output(docker, "version", "--format", "{{.Client.Version}}").filter(v -> !v.isBlank());
    }

    private static boolean succeeds(String... command) {
        return run(command).filter(result -> result.exit == 0).isPresent();
    }

    private static Optional<String> output(String... command) {
        // `docker version` exits 1 when the engine is unreachable but still prints the client's version.
        return run(command).map(result -> result.text);
    }

    private record Result(int exit, String text) {
    }

    private static Optional<Result> run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8).trim()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
