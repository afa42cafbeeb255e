package dojo.kata;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where grading reports what it is doing while the learner waits: build steps, streaming the image, probing. The CLI
 * sends it to the terminal; under Maven it goes to the log, steps at INFO and raw build output at DEBUG.
 */
public final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final Consumer<String> TO_LOG = line -> {
        if (line.startsWith("#") && !line.matches("^#\\d+ \\[.*")) {
            LOG.debug("{}", line);
        } else {
            LOG.info("{}", line);
        }
    };

    private static volatile Consumer<String> sink = TO_LOG;
    /** A thread grading one of many submissions reports to its own sink, so parallel gradings do not mix. */
    private static final InheritableThreadLocal<Consumer<String>> THREAD_SINK = new InheritableThreadLocal<>();

    private Progress() {
    }

    /** Sends progress lines to {@code consumer} instead of the log. */
    public static void sendTo(Consumer<String> consumer) {
        sink = Objects.requireNonNull(consumer, "consumer");
    }

    /** Sends progress lines back to the log. */
    public static void sendToLog() {
        sink = TO_LOG;
    }

    /** Sends this thread's progress lines to {@code consumer}, or back to the shared sink when null. */
    public static void sendThisThreadTo(Consumer<String> consumer) {
        THREAD_SINK.set(consumer);
    }

    static void report(String line) {
        Consumer<String> own = THREAD_SINK.get();
        (own != null ? own : sink).accept(line);
    }
}
