package dojo.classroom;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The build clients this JVM started for a grading, found by the run label on their command line. */
final class BuildProcesses {

    private BuildProcesses() {
    }

    /** Ends this JVM's descendants whose command line names the label; returns how many there were. */
    static int stop(String label) {
        // The label is followed by the build context, the last argument.
        String marker = "=" + label + " ";
        List<ProcessHandle> mine = ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .toList();
        for (ProcessHandle process : mine) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : mine) {
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> process).join();
        }
        return mine.size();
    }
}
