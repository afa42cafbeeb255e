package dojo.interview;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One grading of a kata as the grader records it in {@code .dojo/results/<kata>.json}. Any figure may be missing
 * (null) when the grader could not measure it; the coach never fills one in.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GradedAttempt(
        String gradedAt,
        String dockerfile,
        String builder,
        Double buildSeconds,
        Double rebuildSeconds,
        Long imageBytes,
        Integer layers,
        Boolean multiStage,
        List<String> toolchains,
        Integer packages,
        String user,
        Boolean passed,
        String tier) {

    /** Where the dojo keeps its reference solutions, relative to the repository root. */
    public static final String REFERENCE_FOLDER = "solutions/";

    /** When it was graded, if the timestamp is there and readable. */
    public Optional<Instant> gradedInstant() {
        if (gradedAt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(gradedAt));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether this grading was of a reference solution under {@code solutions/}, not of the learner's work. */
    boolean isReferenceSolution() {
        if (dockerfile == null) {
            return false;
        }
        String path = dockerfile.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path.startsWith(REFERENCE_FOLDER);
    }

    boolean isSingleStage() {
        return Boolean.FALSE.equals(multiStage);
    }

    boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
