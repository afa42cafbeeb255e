package dojo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.image.ImageAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Adds an attempt to its kata's file. */
    public void append(GradeRecord record) throws IOException {
        append(record, Optional.empty());
    }

    /** Adds an attempt, with the analysis of its image, to its kata's file. */
    public void append(GradeRecord record, Optional<ImageAnalysis> analysis) throws IOException {
        Files.createDirectories(dir);
        Path file = file(record.kata());
        ObjectNode root = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        root.put("kata", record.kata());
        ArrayNode attempts = root.has("attempts") ? (ArrayNode) root.get("attempts") : root.putArray("attempts");
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
        for (var attempt : JSON.readTree(file.toFile()).path("attempts")) {
            GradeRecord record = JSON.treeToValue(attempt, GradeRecord.class);
            if (!record.multiStage() && record.imageBytes() > 0) {
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
