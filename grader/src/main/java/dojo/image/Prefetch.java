package dojo.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own, so that the engine keeps sending the image while the scan works on
 * what came before. Without it the two take turns: a socket buffer is a few hundred kilobytes, and the engine stops
 * whenever the scan pauses. Its buffers, {@code chunks} of {@code chunkSize} bytes, are reused, so reading a
 * gigabyte makes no garbage.
 */
public final class Prefetch extends InputStream {

    private static final Chunk END = new Chunk(new byte[0], 0);

    /** A buffer and how much of it holds data. */
    private record Chunk(byte[] bytes, int length) {
    }

    private final BlockingQueue<Chunk> queue;
    private final BlockingQueue<byte[]> free;
    private final Thread reader;
    private volatile IOException failure;
    private Chunk current = new Chunk(new byte[0], 0);
    private int position;
    private boolean ended;

    private Prefetch(InputStream source, int chunkSize, int chunks) {
        this.queue = new ArrayBlockingQueue<>(chunks + 1);
        this.free = new ArrayBlockingQueue<>(chunks);
        for (int i = 0; i < chunks; i++) {
            free.add(new byte[chunkSize]);
        }
        this.reader = new Thread(() -> fill(source), "dojo-prefetch");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads {@code source} ahead by up to 16 MiB. */
    public static InputStream of(InputStream source) {
        return new Prefetch(source, 1 << 20, 16);
    }

    private void fill(InputStream source) {
        try (source) {
            while (true) {
                byte[] buffer = free.take();
                int length = source.readNBytes(buffer, 0, buffer.length);
                if (length > 0) {
                    queue.put(new Chunk(buffer, length));
                }
                if (length < buffer.length) {
                    break;
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == current.length() && !next()) {
            return -1;
        }
        int n = Math.min(length, current.length() - position);
        System.arraycopy(current.bytes(), position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        try {
            if (current.length() > 0) {
                free.put(current.bytes());
            }
            current = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the image stream", e);
        }
        position = 0;
        if (current == END) {
            ended = true;
            if (failure != null) {
                throw new IOException("the image stream broke off: " + failure.getMessage(), failure);
            }
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        reader.interrupt();
        queue.clear();
        current = new Chunk(new byte[0], 0);
    }
}
