package dojo.classroom;

import dojo.check.CheckResult;
import dojo.check.Checks;
import java.util.List;
import java.util.Map;

/**
 * What each check is worth, for partial credit. The weights say what the dojo teaches: an image that builds, still
 * works and is small carries most; hygiene checks carry less. Gold-only checks are worth nothing: gold is shown as
 * the tier, and a score never exceeds its maximum, which is what classroom tools that read {@code Points X/Y}
 * expect. A check not listed here is worth {@link #UNLISTED}, so a new check counts before it is weighed.
 */
public final class Points {

    /** The worth of a check this table does not list yet. */
    public static final int UNLISTED = 1;

    private static final Map<String, Integer> WORTH = Map.ofEntries(
            Map.entry(Checks.BUILDS, 2),
            Map.entry(Checks.APP_RESPONDS, 3),
            Map.entry(Checks.SIZE, 3),
            Map.entry(Checks.NO_TOOLCHAIN, 2),
            Map.entry(Checks.NON_ROOT, 1),
            Map.entry(Checks.MULTI_STAGE, 2),
            Map.entry(Checks.NO_SOURCES, 1),
            Map.entry(Checks.EXEC_FORM, 1),
            Map.entry(Checks.NO_BUILD_SECRET, 3),
            Map.entry(Checks.CACHE_REUSE, 2),
            Map.entry(Checks.NO_PACKAGE_MANAGER, 0));

    private Points() {
    }

    /** What passing the check earns; 0 for a gold-only check. */
    public static int worth(CheckResult check) {
        return check.goldOnly() ? 0 : worth(check.name());
    }

    /** What passing the check named {@code name} earns when passing the kata needs it. */
    public static int worth(String name) {
        return WORTH.getOrDefault(name, UNLISTED);
    }

    /** Whether the table weighs this check. */
    static boolean listed(String name) {
        return WORTH.containsKey(name);
    }

    /** The points earned and the points possible for one grading's checks. */
    public static Score score(List<CheckResult> checks) {
        int earned = checks.stream().filter(CheckResult::passed).mapToInt(Points::worth).sum();
        int possible = checks.stream().mapToInt(Points::worth).sum();
        return new Score(earned, possible);
    }

    /**
     * Points earned out of points possible.
     *
     * @param earned   the sum over passed checks
     * @param possible the sum over all checks
     */
    public record Score(int earned, int possible) {

        public static final Score NONE = new Score(0, 0);

        public Score plus(Score other) {
            return new Score(earned + other.earned, possible + other.possible);
        }

        /** As classroom tools read it: {@code Points 14/15}. */
        @Override
        public String toString() {
            return "Points " + earned + "/" + possible;
        }
    }
}
