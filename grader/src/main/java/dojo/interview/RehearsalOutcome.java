package dojo.interview;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a rehearsal measured.
 *
 * @param spoken how long the learner spoke, if the timer was started and stopped
 * @param score the rubric's score of the transcript, if one was given
 * @param wordsPerMinute the speaking rate estimated from the transcript and the time, if both are there
 */
public record RehearsalOutcome(Optional<Duration> spoken, Optional<Score> score, OptionalLong wordsPerMinute) {

    static RehearsalOutcome abandoned() {
        return new RehearsalOutcome(Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    /** Whether the spoken time falls within the target. */
    public boolean withinTarget() {
        return spoken.map(RehearsalSession::withinTarget).orElse(false);
    }
}
