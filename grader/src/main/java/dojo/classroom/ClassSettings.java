package dojo.classroom;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to grade a class. Immutable; each {@code withX} returns a copy.
 *
 * @param root         the instructor's repository, which holds {@code katas/}
 * @param submissions  the folder with one folder per learner
 * @param out          where the gradebook and the learners' results go
 * @param jobs         how many submissions are graded at once
 * @param regrade      grade again what the output folder already has a grade for
 * @param shard        which slice of the class to grade
 * @param katas        the katas to grade; empty means every kata of the catalogue
 * @param buildTimeout how long one build may run
 * @param probeTimeout how long the app may take to answer
 * @param contextLimit the largest kata folder, in bytes, that is built
 * @param watchdog     how long one whole grading may take before it is stopped; empty means a limit derived from
 *                     the build and probe timeouts
 * @param builder      a buildx builder to build with
 */
public record ClassSettings(Path root, Path submissions, Path out, int jobs, boolean regrade, Shard shard,
                            List<String> katas, Duration buildTimeout, Duration probeTimeout, long contextLimit,
                            Optional<Duration> watchdog, Optional<String> builder) {

    /** The largest kata folder built by default: far more than an app's sources, far less than a disk image. */
    public static final long DEFAULT_CONTEXT_LIMIT = 100L * 1000 * 1000;

    public ClassSettings {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(submissions, "submissions");
        Objects.requireNonNull(out, "out");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        katas = List.copyOf(katas);
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(watchdog, "watchdog");
        Objects.requireNonNull(builder, "builder");
    }

    /** Defaults: one job per core, every kata, a 10-minute build, a 30-second probe, a 100 MB context. */
    public static ClassSettings of(Path root, Path submissions, Path out) {
        return new ClassSettings(root, submissions, out, Runtime.getRuntime().availableProcessors(), false,
                Shard.ALL, List.of(), Duration.ofMinutes(10), Duration.ofSeconds(30), DEFAULT_CONTEXT_LIMIT,
                Optional.empty(), Optional.empty());
    }

    public ClassSettings withJobs(int value) {
        return new ClassSettings(root, submissions, out, value, regrade, shard, katas, buildTimeout, probeTimeout,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withRegrade(boolean value) {
        return new ClassSettings(root, submissions, out, jobs, value, shard, katas, buildTimeout, probeTimeout,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withShard(Shard value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, value, katas, buildTimeout, probeTimeout,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withKatas(List<String> value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, value, buildTimeout, probeTimeout,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withBuildTimeout(Duration value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, katas, value, probeTimeout,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withProbeTimeout(Duration value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, katas, buildTimeout, value,
                contextLimit, watchdog, builder);
    }

    public ClassSettings withContextLimit(long value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, katas, buildTimeout, probeTimeout,
                value, watchdog, builder);
    }

    public ClassSettings withWatchdog(Duration value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, katas, buildTimeout, probeTimeout,
                contextLimit, Optional.of(value), builder);
    }

    public ClassSettings withBuilder(String value) {
        return new ClassSettings(root, submissions, out, jobs, regrade, shard, katas, buildTimeout, probeTimeout,
                contextLimit, watchdog, Optional.ofNullable(value).filter(name -> !name.isBlank()));
    }

    /**
     * The limit on one whole grading: two builds (a kata may rebuild to test the cache), the probe, and two
     * minutes for streaming and scanning the image.
     */
    public Duration effectiveWatchdog() {
        return watchdog.orElse(buildTimeout.multipliedBy(2).plus(probeTimeout).plusMinutes(2));
    }
}
