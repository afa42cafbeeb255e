package dojo.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Byte counts written the way {@code docker image ls} writes them: decimal units, three significant digits. */
public final class Size {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Size() {
    }

    public static long megabytes(double megabytes) {
        return Math.round(megabytes * 1_000_000);
    }

    /** Formats a byte count, for example {@code 1034000000} as "1.03 GB" and {@code 4460000} as "4.46 MB". */
    public static String format(long bytes) {
        // Rounded before each step up, so that 999 999 bytes reads "1 MB", not "1000 kB".
        BigDecimal value = BigDecimal.valueOf(bytes).round(THREE_DIGITS);
        int unit = 0;
        while (unit < UNITS.length - 1 && value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            value = value.movePointLeft(3).round(THREE_DIGITS);
            unit++;
        }
        return value.stripTrailingZeros().toPlainString() + " " + UNITS[unit];
    }
}
