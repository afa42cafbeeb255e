package dojo.check;

import java.util.List;

/** The tier a graded Dockerfile reached: {@code none}, {@code pass} or {@code gold}. */
public final class Tiers {

    private Tiers() {
    }

    /** Every check that passing needs passed; gold-only checks may still fail. */
    public static boolean passed(List<CheckResult> checks) {
        return !checks.isEmpty() && checks.stream().filter(c -> !c.goldOnly()).allMatch(CheckResult::passed);
    }

    /**
     * {@code gold} when the kata passed at or under the gold size with every gold-only check passing too,
     * {@code pass} when it passed, else {@code none}.
     */
    public static String tier(List<CheckResult> checks, long imageBytes, long goldSize) {
        if (!passed(checks)) {
            return "none";
        }
        boolean goldChecks = checks.stream().filter(CheckResult::goldOnly).allMatch(CheckResult::passed);
        return goldChecks && imageBytes > 0 && imageBytes <= goldSize ? "gold" : "pass";
    }
}
