package dojo.classroom;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One learner of a class, named after their folder in the submissions.
 *
 * @param folder the folder's name as handed in, shown in the gradebook
 * @param id     a name safe for file names and unique in the class, used for the learner's output folder
 * @param dir    the learner's folder
 */
public record Learner(String folder, String id, Path dir) {

    public Learner {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dir, "dir");
    }
}
