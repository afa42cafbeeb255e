package dojo.kata;

import dojo.check.Size;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reports how far the image stream has come, every tenth of its expected size, so that a minute of streaming a
 * gigabyte never looks hung. Lines start with {@link #PREFIX}, so a terminal can draw them as one bar.
 */
final class StreamProgress extends FilterInputStream {

    /** What every progress line starts with. */
    static final String PREFIX = "streaming ";

    private final long expected;
    private final Consumer<String> report;
    private long read;
    private int reportedTenths;

    StreamProgress(InputStream in, long expected, Consumer<String> report) {
        super(in);
        this.expected = Math.max(1, expected);
        this.report = report;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    private void advance(long bytes) {
        read += bytes;
        int tenths = (int) Math.min(10, read * 10 / expected);
        if (tenths > reportedTenths) {
            reportedTenths = tenths;
            report.accept(bar(tenths) + " " + Size.format(Math.min(read, expected)) + " of " + Size.format(expected));
        }
    }

    static String bar(int tenths) {
        return PREFIX + "[" + "#".repeat(tenths) + " ".repeat(10 - tenths) + "]";
    }
}
