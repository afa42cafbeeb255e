package dojo.interview;

import dojo.check.Size;
import java.util.Locale;

/** Formats measurements the way {@code docker images} does: decimal units, three significant digits. */
public final class DockerUnits {

    private DockerUnits() {
    }

    /** A size such as "1.03 GB" or "4.46 MB", as the report card writes it. */
    public static String bytes(long bytes) {
        return Size.format(bytes);
    }

    /** A duration in seconds to one decimal place, such as "61.2 s". */
    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    /** How much smaller {@code after} is than {@code before}, such as "99.6%". */
    public static String reduction(long before, long after) {
        double percent = (before - after) * 100.0 / before;
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
