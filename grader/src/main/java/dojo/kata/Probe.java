package dojo.kata;

import java.util.List;
import java.util.Objects;

/** How a kata proves that the app in the graded image still works. */
public sealed interface Probe permits Probe.Http, Probe.Command {

    /** An HTTP GET on a port the app listens on; the response body must contain the expected text. */
    record Http(int port, String path, String expectedBody) implements Probe {
        public Http {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expectedBody, "expectedBody");
        }
    }

    /** Runs the image with these arguments; its output must contain the expected text and it must exit 0. */
    record Command(List<String> arguments, String expectedOutput) implements Probe {
        public Command {
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(expectedOutput, "expectedOutput");
        }
    }

    static Probe http(int port, String path, String expectedBody) {
        return new Http(port, path, expectedBody);
    }

    static Probe command(List<String> arguments, String expectedOutput) {
        return new Command(arguments, expectedOutput);
    }
}
