package dojo.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The grades of a class run, one JSON file per learner and kata under {@code OUT/learners/ID/}. Each is written
 * whole as soon as its grading ends, so a crash loses at most the gradings in flight.
 */
public final class GradeStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;

    private GradeStore(Path out) {
        this.out = out;
    }

    /** The store in a run's output folder. */
    public static GradeStore in(Path out) {
        return new GradeStore(out);
    }

    /** The learner's own output folder. */
    public Path folder(String learnerId) {
        return out.resolve("learners").resolve(learnerId);
    }

    public Path file(String learnerId, String kata) {
        return folder(learnerId).resolve(kata + ".json");
    }

    public void save(ClassGrade grade) throws IOException {
        AtomicFiles.write(file(grade.learner(), grade.kata()), JSON.writeValueAsBytes(grade));
    }

    /** The grade kept for this learner's folder and kata; empty when there is none or it is unreadable. */
    public Optional<ClassGrade> find(Learner learner, String kata) {
        Path file = file(learner.id(), kata);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            ClassGrade grade = JSON.readValue(file.toFile(), ClassGrade.class);
            return grade.folder() != null && grade.folder().equals(learner.folder()) && grade.kata().equals(kata)
                    ? Optional.of(grade) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A file a crash or a person damaged is graded again rather than trusted.
            return Optional.empty();
        }
    }
}
