package dojo.kata;

import dojo.check.Size;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Measures a build context before it is sent, stopping as soon as it is known to be too large. */
final class ContextSize {

    private ContextSize() {
    }

    /** The context's size, formatted, when it is over the limit; empty when it is within it. */
    static Optional<String> over(Path context, long limit) {
        long[] total = {0};
        try {
            Files.walkFileTree(context, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    total[0] += attributes.size();
                    return total[0] > limit ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return total[0] > limit ? Optional.of("more than " + Size.format(total[0])) : Optional.empty();
    }
}
