package dojo.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dojo.check.CheckResult;
import dojo.check.Tiers;
import java.util.List;

/**
 * One grading of one Dockerfile, as the report card shows it and as {@code .dojo/results/KATA.json} keeps it.
 *
 * @param kata         the kata's id
 * @param dockerfile   the graded Dockerfile, relative to the repository root when inside it
 * @param gradedAt     when, as an ISO-8601 instant
 * @param builder      which builder built the image; empty when it did not build
 * @param buildSeconds how long the build took
 * @param rebuildSeconds how long a rebuild after a one-line change took, where the kata measures it
 * @param imageBytes   the image's size as {@code docker image ls} shows it; 0 when unknown
 * @param sizeLimit    the kata's pass threshold in bytes
 * @param goldSize     the kata's gold threshold in bytes
 * @param layers       the image's layer count
 * @param multiStage   whether the final stage copies from another stage
 * @param toolchains   paths of build tools found in the final image
 * @param packages     how many Debian packages the final image holds
 * @param user         the configured user; empty means root
 * @param elapsedSeconds how long the whole grading took
 * @param checks       every check's result, in the kata's order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GradeRecord(String kata, String dockerfile, String gradedAt, String builder, double buildSeconds,
                          Double rebuildSeconds, long imageBytes, long sizeLimit, long goldSize, int layers,
                          boolean multiStage, List<String> toolchains, int packages, String user,
                          double elapsedSeconds, List<CheckResult> checks) {

    public GradeRecord {
        toolchains = toolchains == null ? List.of() : List.copyOf(toolchains);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Every check that passing needs passed. */
    public boolean passed() {
        return Tiers.passed(checks);
    }

    /** The tier reached: {@code none}, {@code pass} or {@code gold}. */
    public String tier() {
        return Tiers.tier(checks, imageBytes, goldSize);
    }
}
