package dojo.kata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The katas of a repository: every folder under {@code katas/} with a graded test class in its {@code test/}
 * folder, next to its starter Dockerfile.
 */
public final class KataCatalogue {

    private final Path root;

    private KataCatalogue(Path root) {
        this.root = root;
    }

    public static KataCatalogue in(Path root) {
        return new KataCatalogue(root);
    }

    public Path root() {
        return root;
    }

    /** Kata ids in order, for example {@code 01-go-static}. */
    public List<String> ids() {
        Path katas = root.resolve("katas");
        if (!Files.isDirectory(katas)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(katas)) {
            // A learner who deleted the starter to begin afresh still has the kata; grading says how to restore it.
            return dirs.filter(dir -> testClassName(dir).isPresent())
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public boolean contains(String id) {
        return ids().contains(id);
    }

    /** The first heading of the kata's README, without the leading #. */
    public String title(String id) {
        Path readme = root.resolve("katas").resolve(id).resolve("README.md");
        try (Stream<String> lines = Files.lines(readme)) {
            return lines.filter(line -> line.startsWith("# ")).findFirst().map(line -> line.substring(2).trim())
                    .orElse(id);
        } catch (IOException e) {
            return id;
        }
    }

    public Path starter(String id) {
        return root.resolve("katas").resolve(id).resolve("Dockerfile");
    }

    public Path solution(String id) {
        return root.resolve("solutions").resolve(id).resolve("Dockerfile");
    }

    /** The graded test class's name, from the one {@code *Kata.java} file under the kata's {@code test/} folder. */
    public Optional<String> testClass(String id) {
        return testClassName(root.resolve("katas").resolve(id));
    }

    private static Optional<String> testClassName(Path kataDir) {
        Path tests = kataDir.resolve("test");
        if (!Files.isDirectory(tests)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(file -> file.getFileName().toString().endsWith("Kata.java")).findFirst()
                    .map(file -> tests.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", ""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
