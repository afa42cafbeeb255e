package dojo.build;

import java.time.Duration;

/**
 * An image that built.
 *
 * @param imageId  the engine's id, {@code sha256:...}
 * @param tag      the name the grader gave it
 * @param builder  which builder made it, as shown on the report card
 * @param duration how long the build took
 */
public record BuiltImage(String imageId, String tag, String builder, Duration duration) {
}
