package dojo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.image.ImageAnalysis;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learner's graded attempts, one JSON file per kata under {@code .dojo/results/}. The interview coach tells its
 * story from these numbers, so every attempt is kept. Files are replaced whole, so a crash never leaves half of one.
 */
public final class ResultsStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private ResultsStore(Path dir) {
        this.dir = dir;
    }

    /** The store of the repository at {@code root}. */
    public static ResultsStore in(Path root) {
        return new ResultsStore(root.resolve(".dojo").resolve("results"));
    }

    public Path file(String kata) {
        return dir.resolve(kata + ".json");
    }

    /**
     * Adds an attempt, with the analysis of its image, to its kata's file. Two gradings that finish together both
     * land: the file is locked while it is rewritten. A file that cannot be read is kept aside, never overwritten.
     *
     * @return the path an unreadable earlier file was moved to, when there was one
     */
    public Optional<Path> append(GradeRecord record, Optional<ImageAnalysis> analysis) throws IOException {
        Files.createDirectories(dir);
        Path file = file(record.kata());
        // The file lock keeps other processes out; the JVM's own threads queue on the monitor, since a JVM holds
        // one file lock for all of its threads.
        synchronized (ResultsStore.class) {
            return appendLocked(file, record, analysis);
        }
    }

    private Optional<Path> appendLocked(Path file, GradeRecord record, Optional<ImageAnalysis> analysis)
            throws IOException {
        try (FileChannel lock = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            Optional<Path> setAside = Optional.empty();
            ObjectNode root = JSON.createObjectNode();
            if (Files.exists(file)) {
                Optional<ObjectNode> earlier = readable(file);
                if (earlier.isPresent()) {
                    root = earlier.get();
                } else {
                    Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
                    Files.move(file, aside);
                    setAside = Optional.of(aside);
                }
            }
            root.put("kata", record.kata());
            ArrayNode attempts = root.withArray("attempts");
            ObjectNode attempt = JSON.valueToTree(record);
            attempt.put("passed", record.passed());
            attempt.put("tier", record.tier());
            if (analysis.isPresent()) {
                attempt.set("analysis", JSON.readTree(analysis.get().toJson()));
            }
            attempts.add(attempt);
            Path partial = Files.createTempFile(dir, record.kata(), ".partial");
            JSON.writeValue(partial.toFile(), root);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return setAside;
        }
    }

    /** The file's content when it is a results object with a list of attempts. */
    private static Optional<ObjectNode> readable(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node instanceof ObjectNode object && (!object.has("attempts") || object.get("attempts").isArray())) {
                return Optional.of(object);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The learner's "before": the earliest attempt with a single-stage Dockerfile, normally the starter graded as
     * shipped, with its image's analysis when it was kept.
     */
    public Optional<Report> starter(String kata) throws IOException {
        Path file = file(kata);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<ObjectNode> results = readable(file);
        if (results.isEmpty()) {
            return Optional.empty();
        }
        for (var attempt : results.get().path("attempts")) {
            GradeRecord record = JSON.treeToValue(attempt, GradeRecord.class);
            boolean reference = record.dockerfile().startsWith("solutions/");
            if (!record.multiStage() && record.imageBytes() > 0 && !reference) {
                Report report = Report.of(record);
                return Optional.of(attempt.has("analysis")
                        ? report.withAnalysis(ImageAnalysis.parse(attempt.get("analysis").toString())) : report);
            }
        }
        return Optional.empty();
    }

    /** Every attempt at a kata, oldest first; empty when it was never graded. */
    public List<GradeRecord> attempts(String kata) throws IOException {
        Path file = file(kata);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<GradeRecord> records = new ArrayList<>();
        for (var attempt : JSON.readTree(file.toFile()).path("attempts")) {
            records.add(JSON.treeToValue(attempt, GradeRecord.class));
        }
        return records;
    }
}
