package dojo.check;

import java.math.BigDecimal;
import java.math.MathContext;

/** Byte counts written the way {@code docker image ls} writes them: decimal units, three significant digits. */
public final class Size {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Size() {
    }

    public static long megabytes(double megabytes) {
        return Math.round(megabytes * 1_000_000);
    }

    /** Formats a byte count, for example {@code 1034000000} as "1.03 GB" and {@code 4460000} as "4.46 MB". */
    public static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        return rounded.toPlainString() + " " + UNITS[unit];
    }
}
