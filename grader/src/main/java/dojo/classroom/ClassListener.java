package dojo.classroom;

import java.time.Duration;
import java.util.Optional;

/** Hears how a class run goes, for the CLI to show; every method may be called from any grading thread. */
public interface ClassListener {

    /** Nothing is shown. */
    ClassListener SILENT = new ClassListener() {
    };

    /** The run has found its submissions; {@code alreadyGraded} of them were graded by an earlier run. */
    default void started(int total, int alreadyGraded) {
    }

    /** One submission is graded and its grade is saved. */
    default void graded(ClassGrade grade, Tally tally) {
    }

    /**
     * How far the run is.
     *
     * @param done      submissions graded, by this run or an earlier one
     * @param total     submissions in the run
     * @param elapsed   time since this run started
     * @param remaining the estimated time left, once something has been graded
     */
    record Tally(int done, int total, Duration elapsed, Optional<Duration> remaining) {
    }
}
