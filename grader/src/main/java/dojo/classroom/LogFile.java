package dojo.classroom;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One grading's progress lines, kept in the learner's output folder; the build's threads write to it too. */
final class LogFile implements AutoCloseable {

    private final BufferedWriter writer;
    private boolean broken;

    private LogFile(BufferedWriter writer) {
        this.writer = writer;
    }

    static LogFile open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new LogFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    synchronized void line(String text) {
        if (broken) {
            return;
        }
        try {
            writer.write(text);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            // A full disk must not fail the grading; the grade itself is saved separately.
            broken = true;
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            broken = true;
        }
    }
}
