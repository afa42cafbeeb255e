package dojo.build;

import java.time.Duration;
import java.util.List;

/**
 * An image that built.
 *
 * @param imageId  the engine's id, {@code sha256:...}
 * @param tag      the name the grader gave it
 * @param builder  which builder made it, as shown on the report card
 * @param duration how long the build took
 * @param steps    the Dockerfile's steps and whether each came from the cache; empty where the builder does not say
 */
public record BuiltImage(String imageId, String tag, String builder, Duration duration, List<BuildStep> steps) {

    public BuiltImage {
        steps = List.copyOf(steps);
    }

    /** The steps that ran instead of coming from the cache. */
    public List<BuildStep> stepsRun() {
        return steps.stream().filter(step -> !step.cached()).toList();
    }
}
