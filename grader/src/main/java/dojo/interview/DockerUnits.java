package dojo.interview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Formats measurements the way {@code docker images} does: decimal units, three significant digits. */
public final class DockerUnits {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private DockerUnits() {
    }

    /** A size such as "1.03 GB" or "4.46 MB"; decimal, so 1 kB is 1000 bytes, as Docker counts. */
    public static String bytes(long bytes) {
        BigDecimal value = BigDecimal.valueOf(bytes).round(THREE_DIGITS);
        int unit = 0;
        while (unit < UNITS.length - 1 && value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            value = value.movePointLeft(3).round(THREE_DIGITS);
            unit++;
        }
        return value.stripTrailingZeros().toPlainString() + " " + UNITS[unit];
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
