package dojo.kata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the dojo's repository, the folder that holds {@code katas/} and {@code pom.xml}: where the katas, the coach's
 * texts, the slides and the learner's results live.
 */
public final class RepositoryRoot {

    /** Set by the {@code ./dojo} launcher. */
    public static final String ENVIRONMENT = "DOJO_ROOT";
    /** The system property Maven runs and tests may set instead. */
    public static final String PROPERTY = "dojo.root";

    private RepositoryRoot() {
    }

    /** The root named by {@code DOJO_ROOT}, else by {@code dojo.root}, else the nearest one above the working dir. */
    public static Path find() {
        return find(System::getenv, System::getProperty, Path.of(""));
    }

    /** Like {@link #find()}, but empty when no folder above the working directory is a dojo repository. */
    public static Optional<Path> locate() {
        Path found = find();
        return Files.isDirectory(found.resolve("katas")) ? Optional.of(found) : Optional.empty();
    }

    static Path find(UnaryOperator<String> environment, UnaryOperator<String> properties, Path workingDir) {
        for (String configured : new String[] {environment.apply(ENVIRONMENT), properties.apply(PROPERTY)}) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured).toAbsolutePath().normalize();
            }
        }
        Path start = workingDir.toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("katas")) && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        return start;
    }
}
