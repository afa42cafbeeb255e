package dojo.interview;

import java.time.Duration;

/** Waits between the prompter's lines; tests pass one that only records the waits. */
@FunctionalInterface
public interface Pacer {

    /** Waits for the given time, or returns early if the thread is interrupted. */
    void pause(Duration duration);

    /** A pacer that really sleeps, for the terminal. */
    static Pacer sleeping() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
