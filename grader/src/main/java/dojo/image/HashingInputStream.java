package dojo.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes the SHA-256 of every byte that passes, including skipped ones, and never closes the stream below.
 *
 * <p>The JDK's {@code DigestInputStream} lets {@code skip} bypass the digest, and the tar reader skips whatever
 * content nobody asked for.
 */
final class HashingInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private final byte[] skipBuffer = new byte[8192];

    HashingInputStream(InputStream in) {
        super(in);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n) {
            int read = read(skipBuffer, 0, (int) Math.min(skipBuffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The enclosing archive owns the stream; closing it here would end the whole image read.
    }

    /** Reads what is left, so that the digest covers the whole stream, and returns {@code sha256:<hex>}. */
    String drainAndDigest() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
