package dojo.classroom;

import dojo.check.Size;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build context a learner's Dockerfile is built in: a fresh copy of the instructor's kata folder, so that a
 * learner who hands in only a Dockerfile still has the app, with the learner's kata folder laid over it. Only
 * regular files are copied; links are skipped, so nothing outside the learner's folder is ever read.
 */
public final class BuildContext {

    /** More files than any kata needs; a folder with more is refused like one over the size limit. */
    static final int MAX_FILES = 20_000;

    private BuildContext() {
    }

    /**
     * Why the learner's folder is too large to build, measured by the files' sizes before anything is copied;
     * empty when it is within both limits.
     */
    public static Optional<String> refusal(Path learnerFolder, long limit) throws IOException {
        long[] bytes = {0};
        int[] files = {0};
        Files.walkFileTree(learnerFolder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()) {
                            bytes[0] += attributes.size();
                            files[0]++;
                        }
                        return bytes[0] > limit || files[0] > MAX_FILES ? FileVisitResult.TERMINATE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        if (bytes[0] > limit) {
            return Optional.of("the kata folder holds more than " + Size.format(bytes[0]) + ", over the build"
                    + " context limit of " + Size.format(limit) + "; hand in the Dockerfile and the app's sources"
                    + " only, and list large files in a .dockerignore");
        }
        if (files[0] > MAX_FILES) {
            return Optional.of("the kata folder holds more than " + MAX_FILES + " files; hand in the Dockerfile"
                    + " and the app's sources only");
        }
        return Optional.empty();
    }

    /**
     * Copies the instructor's kata folder (without its graded test) into {@code into}, then the learner's folder
     * over it.
     *
     * @return the learner's files that were not copied, because they are links or would replace a folder
     */
    public static List<String> assemble(Path kataFolder, Path learnerFolder, Path into) throws IOException {
        List<String> skipped = new ArrayList<>();
        copyTree(kataFolder, into, dir -> dir.equals(kataFolder.resolve("test")) || dir.endsWith("target"), null);
        copyTree(learnerFolder, into, dir -> false, skipped);
        return List.copyOf(skipped);
    }

    private interface Exclusion {
        boolean excludes(Path dir);
    }

    private static void copyTree(Path from, Path to, Exclusion excluded, List<String> skipped) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (excluded.excludes(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path target = to.resolve(from.relativize(dir).toString());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target,
                        LinkOption.NOFOLLOW_LINKS)) {
                    note(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (!attributes.isRegularFile() || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    note(file);
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                note(file);
                return FileVisitResult.CONTINUE;
            }

            private void note(Path path) {
                if (skipped != null) {
                    skipped.add(from.relativize(path).toString());
                }
            }
        });
    }

    /** Removes a context; what cannot be removed is left for the system's temporary-file cleaning. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: the folder is under the system's temporary directory.
        }
    }
}
