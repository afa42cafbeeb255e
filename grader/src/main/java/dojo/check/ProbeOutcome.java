package dojo.check;

import java.util.List;
import java.util.Optional;

/**
 * What happened when the graded image was started and probed.
 *
 * @param answered whether the app gave the expected answer
 * @param observed what the probe saw: the response, the output, or why it could not look
 * @param exitCode the container's exit code, when it stopped
 * @param logTail  the container's last log lines
 */
public record ProbeOutcome(boolean answered, String observed, Optional<Long> exitCode, List<String> logTail) {

    public ProbeOutcome {
        observed = observed == null ? "" : observed;
        logTail = List.copyOf(logTail);
    }
}
