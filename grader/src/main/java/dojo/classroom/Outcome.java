package dojo.classroom;

import dojo.check.CheckResult;
import dojo.check.Checks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the grading of one learner's kata ended, as the gradebook shows it. */
public enum Outcome {
    /** Every required check passed. */
    PASSED,
    /** It built and was graded; some required check did not pass. */
    FAILED,
    /** The Dockerfile did not parse or did not build. */
    BUILD_FAILED,
    /** The build, the app or the whole grading ran past its time limit and was stopped. */
    TIMED_OUT,
    /** There was no Dockerfile to grade. */
    MISSING,
    /** The submission was not built, for instance because its folder is over the build context limit. */
    REFUSED,
    /** The grader itself failed; the message says how. */
    ERROR;

    /** The lower-case name the gradebook shows, for example {@code timed-out}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status of an Exercism results file: {@code pass}, {@code fail}, or {@code error} when not gradable. */
    public String exercismStatus() {
        return switch (this) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            default -> "error";
        };
    }

    /** Whether the kata's checks ran on a built image; otherwise none of them could be measured. */
    public boolean graded() {
        return this == PASSED || this == FAILED;
    }

    private static final Pattern APP_TIMEOUT = Pattern.compile(
            "but: (no answer .* within \\d+ s|the command did not finish within \\d+ s)");

    /**
     * The outcome of a grading whose checks ran. A stopped build and an app that did not answer within the probe
     * timeout count as timeouts; the grader's own wording of those two is matched here, in one place.
     */
    static Outcome of(List<CheckResult> checks, List<String> problems) {
        if (!problems.isEmpty() || checks.isEmpty()) {
            return ERROR;
        }
        CheckResult builds = checks.stream().filter(c -> c.name().equals(Checks.BUILDS)).findFirst().orElse(null);
        if (builds != null && !builds.passed()) {
            return builds.message().contains("ran past its time limit") ? TIMED_OUT : BUILD_FAILED;
        }
        boolean appTimedOut = checks.stream().anyMatch(c -> c.name().equals(Checks.APP_RESPONDS) && !c.passed()
                && APP_TIMEOUT.matcher(c.message()).find());
        if (appTimedOut) {
            return TIMED_OUT;
        }
        return checks.stream().filter(c -> !c.goldOnly()).allMatch(CheckResult::passed) ? PASSED : FAILED;
    }
}
