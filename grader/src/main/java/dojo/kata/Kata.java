package dojo.kata;

import dojo.check.Size;
import java.util.List;
import java.util.Map;
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
    private final Map<String, String> buildSecrets;
    private final Rebuild rebuild;
    private final String stack;

    /**
     * How the kata checks layer order: after {@code changedFile} (relative to the kata folder) changes, the step
     * whose text contains {@code dependencyStep} must come from the cache.
     */
    public record Rebuild(String changedFile, String dependencyStep) {
    }

    private Kata(String id, long sizeLimit, long goldSize, Probe probe, List<String> payload,
                 Map<String, String> buildSecrets, Rebuild rebuild, String stack) {
        this.id = id;
        this.sizeLimit = sizeLimit;
        this.goldSize = goldSize;
        this.probe = probe;
        this.payload = List.copyOf(payload);
        this.buildSecrets = Map.copyOf(buildSecrets);
        this.rebuild = rebuild;
        this.stack = stack;
    }

    /** A kata by its folder name under {@code katas/}, for example {@code 01-go-static}. */
    public static Kata named(String id) {
        if (!id.matches("[0-9]{2}-[a-z0-9-]+")) {
            throw new IllegalArgumentException("kata ids look like 01-go-static, not " + id);
        }
        return new Kata(id, Long.MAX_VALUE, Long.MAX_VALUE, null, List.of(), Map.of(), null, "");
    }

    /** The largest image, in bytes, that passes the size check. */
    public Kata withSizeLimit(long bytes) {
        return new Kata(id, bytes, goldSize, probe, payload, buildSecrets, rebuild, stack);
    }

    /** The size, in bytes, at or under which the image reaches the gold tier. */
    public Kata withGoldSize(long bytes) {
        return new Kata(id, sizeLimit, bytes, probe, payload, buildSecrets, rebuild, stack);
    }

    public Kata withProbe(Probe probe) {
        return new Kata(id, sizeLimit, goldSize, Objects.requireNonNull(probe, "probe"), payload, buildSecrets,
                rebuild, stack);
    }

    /** Paths in the final image that are the app itself, as opposed to what it runs on. */
    public Kata withPayload(String... paths) {
        return new Kata(id, sizeLimit, goldSize, probe, List.of(paths), buildSecrets, rebuild, stack);
    }

    /**
     * A BuildKit secret the build is given, {@code --secret id=ID,src=FILE}, with the file relative to the kata
     * folder. Its content must then appear nowhere in the final image.
     */
    public Kata withBuildSecret(String secretId, String file) {
        Map<String, String> secrets = new java.util.TreeMap<>(buildSecrets);
        secrets.put(secretId, file);
        return new Kata(id, sizeLimit, goldSize, probe, payload, secrets, rebuild, stack);
    }

    /** Checks layer order by rebuilding after a change to {@code changedFile}; see {@link Rebuild}. */
    public Kata withRebuildAfterChanging(String changedFile, String dependencyStep) {
        return new Kata(id, sizeLimit, goldSize, probe, payload, buildSecrets, new Rebuild(changedFile,
                dependencyStep), stack);
    }

    /** The stack the kata teaches, as the catalogue table names it, for example "Go". */
    public Kata withStack(String stack) {
        return new Kata(id, sizeLimit, goldSize, probe, payload, buildSecrets, rebuild, stack);
    }

    public String stack() {
        return stack;
    }

    public Map<String, String> buildSecrets() {
        return buildSecrets;
    }

    public Optional<Rebuild> rebuild() {
        return Optional.ofNullable(rebuild);
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
