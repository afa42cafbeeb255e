package dojo.kata;

import dojo.check.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one kata grades: its folder, size thresholds, how to probe its app and where its payload lives. Immutable;
 * each {@code withX} returns a copy.
 *
 * <pre>{@code
 * static final Kata KATA = Kata.named("01-go-static")
 *         .withSizeLimit(Size.megabytes(20))
 *         .withGoldSize(Size.megabytes(8))
 *         .withProbe(Probe.http(8080, "/", "hello from the dojo"));
 * }</pre>
 */
public final class Kata {

    private final String id;
    private final long sizeLimit;
    private final long goldSize;
    private final Probe probe;
    private final List<String> payload;

    private Kata(String id, long sizeLimit, long goldSize, Probe probe, List<String> payload) {
        this.id = id;
        this.sizeLimit = sizeLimit;
        this.goldSize = goldSize;
        this.probe = probe;
        this.payload = List.copyOf(payload);
    }

    /** A kata by its folder name under {@code katas/}, for example {@code 01-go-static}. */
    public static Kata named(String id) {
        if (!id.matches("[0-9]{2}-[a-z0-9-]+")) {
            throw new IllegalArgumentException("kata ids look like 01-go-static, not " + id);
        }
        return new Kata(id, Long.MAX_VALUE, Long.MAX_VALUE, null, List.of());
    }

    /** The largest image, in bytes, that passes the size check. */
    public Kata withSizeLimit(long bytes) {
        return new Kata(id, bytes, goldSize, probe, payload);
    }

    /** The size, in bytes, at or under which the image reaches the gold tier. */
    public Kata withGoldSize(long bytes) {
        return new Kata(id, sizeLimit, bytes, probe, payload);
    }

    public Kata withProbe(Probe probe) {
        return new Kata(id, sizeLimit, goldSize, Objects.requireNonNull(probe, "probe"), payload);
    }

    /** Paths in the final image that are the app itself, as opposed to what it runs on. */
    public Kata withPayload(String... paths) {
        return new Kata(id, sizeLimit, goldSize, probe, List.of(paths));
    }

    public String id() {
        return id;
    }

    public long sizeLimit() {
        return sizeLimit;
    }

    public long goldSize() {
        return goldSize;
    }

    public Optional<Probe> probe() {
        return Optional.ofNullable(probe);
    }

    public List<String> payload() {
        return payload;
    }

    @Override
    public String toString() {
        return id + " (pass at most " + Size.format(sizeLimit) + ", gold at most " + Size.format(goldSize) + ")";
    }
}
