package dojo.build;

import java.util.List;

/** The Dockerfile did not build: names the step that failed and keeps the last lines it printed. */
public final class BuildFailedException extends Exception {

    private final String step;
    private final List<String> lastLines;
    private final boolean timedOut;

    public BuildFailedException(String message, String step, List<String> lastLines, boolean timedOut) {
        super(message);
        this.step = step;
        this.lastLines = List.copyOf(lastLines);
        this.timedOut = timedOut;
    }

    /** The failing step as the builder names it, for example {@code [build 3/5] RUN go build .}; may be empty. */
    public String step() {
        return step;
    }

    /** Up to the last 20 lines of the failing step's output. */
    public List<String> lastLines() {
        return lastLines;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
