package dojo.interview;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every recorded grading of one kata.
 *
 * @param kata the kata's id, such as {@code 01-go-static}
 * @param attempts the gradings, in any order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KataResults(String kata, List<GradedAttempt> attempts) {

    public KataResults {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /** The attempts oldest first; one without a readable time counts as the oldest. */
    public List<GradedAttempt> chronological() {
        List<GradedAttempt> sorted = new ArrayList<>(attempts);
        sorted.sort(Comparator.comparing(attempt -> attempt.gradedInstant().orElse(Instant.MIN)));
        return sorted;
    }

    /** The starting point: the learner's earliest attempt that was still a single-stage build. */
    public Optional<GradedAttempt> before() {
        return learners().stream().filter(GradedAttempt::isSingleStage).findFirst();
    }

    /** The finished work: the learner's latest attempt that passed. */
    public Optional<GradedAttempt> after() {
        List<GradedAttempt> passed = learners().stream().filter(GradedAttempt::isPassed).toList();
        return passed.isEmpty() ? Optional.empty() : Optional.of(passed.get(passed.size() - 1));
    }

    /** Whether the kata was graded, but only ever with the reference solution's Dockerfile. */
    public boolean hasOnlyReferenceAttempts() {
        return !attempts.isEmpty() && attempts.stream().allMatch(GradedAttempt::isReferenceSolution);
    }

    /** Whether the kata times a rebuild: some attempt recorded one. */
    public boolean measuresRebuild() {
        return attempts.stream().anyMatch(attempt -> attempt.rebuildSeconds() != null);
    }

    // The reference solution's figures are the dojo's, not the learner's, so they never tell the learner's story.
    private List<GradedAttempt> learners() {
        return chronological().stream().filter(attempt -> !attempt.isReferenceSolution()).toList();
    }
}
