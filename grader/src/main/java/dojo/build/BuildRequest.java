package dojo.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One image to build.
 *
 * @param context    the build context folder
 * @param dockerfile the Dockerfile, which may lie outside the context
 * @param tag        the name to give the image, so that the grader can remove exactly what it made
 * @param labels     labels to set on the image
 * @param timeout    how long the build may take before it is stopped
 * @param secrets    BuildKit secrets by id, each read from a file, for {@code RUN --mount=type=secret,id=...}
 */
public record BuildRequest(Path context, Path dockerfile, String tag, Map<String, String> labels, Duration timeout,
                           Map<String, Path> secrets) {

    public BuildRequest(Path context, Path dockerfile, String tag, Map<String, String> labels, Duration timeout) {
        this(context, dockerfile, tag, labels, timeout, Map.of());
    }

    public BuildRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(tag, "tag");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(timeout, "timeout");
        secrets = Map.copyOf(secrets);
    }
}
