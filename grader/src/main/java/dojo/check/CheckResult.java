package dojo.check;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * What one check found: its name, the outcome, what was measured against what was required, and the message a
 * learner reads when it does not pass.
 *
 * @param name      the check's stable name, for example {@code size} or {@code no-toolchain}
 * @param title     a short sentence saying what is required, for example "image is at most 20 MB"
 * @param status    pass, fail or error
 * @param measured  the measured value as shown to the learner, for example "1.03 GB"; empty when not measured
 * @param threshold the required value, for example "at most 20 MB"; empty when the check has none
 * @param message   for a failure or an error, the requirement, the actual and expected values and the next step;
 *                  for a pass, a short confirmation
 * @param level     whether passing the kata needs this check, or only the gold tier does
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckResult(String name, String title, Status status, String measured, String threshold,
                          String message, Level level) {

    /** Which tier needs a check. */
    public enum Level {
        /** Every check of this level must pass for the kata to pass. */
        REQUIRED,
        /** Only the gold tier needs this check; failing it does not fail the kata. */
        GOLD
    }

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        measured = measured == null ? "" : measured;
        threshold = threshold == null ? "" : threshold;
        message = message == null ? "" : message;
        level = level == null ? Level.REQUIRED : level;
    }

    public CheckResult(String name, String title, Status status, String measured, String threshold, String message) {
        this(name, title, status, measured, threshold, message, Level.REQUIRED);
    }

    /** The same result, needed only for gold. */
    public CheckResult forGold() {
        return new CheckResult(name, title, status, measured, threshold, message, Level.GOLD);
    }

    public boolean goldOnly() {
        return level == Level.GOLD;
    }

    public static CheckResult pass(String name, String title, String measured, String threshold, String message) {
        return new CheckResult(name, title, Status.PASS, measured, threshold, message);
    }

    public static CheckResult fail(String name, String title, String measured, String threshold, String message) {
        return new CheckResult(name, title, Status.FAIL, measured, threshold, message);
    }

    public static CheckResult error(String name, String title, String message) {
        return new CheckResult(name, title, Status.ERROR, "", "", message);
    }

    public boolean passed() {
        return status == Status.PASS;
    }
}
