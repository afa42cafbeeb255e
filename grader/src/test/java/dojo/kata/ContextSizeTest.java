package dojo.kata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextSizeTest {

    @Test
    void a_context_over_the_limit_is_refused_with_its_size(@TempDir Path context) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(context.resolve("disk.img").toFile(), "rw")) {
            sparse.setLength(2_000_000_000L);
        }

        assertThat(ContextSize.over(context, 1_000_000_000L)).contains("more than 2 GB");
    }

    @Test
    void a_small_context_is_within_the_limit(@TempDir Path context) throws IOException {
        Files.writeString(context.resolve("main.go"), "package main\n");

        assertThat(ContextSize.over(context, 1_000_000_000L)).isEmpty();
    }

    @Test
    void the_changed_file_gets_a_comment_in_its_own_language() {
        assertThat(ContextCopy.commentLine(Path.of("app/main.go"))).startsWith("\n//");
        assertThat(ContextCopy.commentLine(Path.of("app/server.py"))).startsWith("\n#");
        assertThat(ContextCopy.commentLine(Path.of("Makefile"))).startsWith("\n#");
    }
}
