package dojo.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @TempDir
    Path temp;

    @Test
    void a_sparse_two_gigabyte_file_is_refused_without_being_read() throws IOException {
        Path learner = Files.createDirectories(temp.resolve("learner"));
        try (RandomAccessFile file = new RandomAccessFile(learner.resolve("disk.img").toFile(), "rw")) {
            file.setLength(2L * 1000 * 1000 * 1000);
        }

        assertThat(BuildContext.refusal(learner, 100_000_000)).hasValueSatisfying(why ->
                assertThat(why).contains("over the build context limit of 100 MB"));
    }

    @Test
    void a_small_folder_is_within_the_limit() throws IOException {
        Path learner = Files.createDirectories(temp.resolve("learner"));
        Files.writeString(learner.resolve("Dockerfile"), "FROM scratch\n");

        assertThat(BuildContext.refusal(learner, 100_000_000)).isEmpty();
    }

    @Test
    void the_learner_s_files_lie_over_the_kata_s_and_the_graded_test_stays_out() throws IOException {
        Path kata = Files.createDirectories(temp.resolve("kata"));
        Files.createDirectories(kata.resolve("app"));
        Files.createDirectories(kata.resolve("test"));
        Files.writeString(kata.resolve("app/main.go"), "package main\n");
        Files.writeString(kata.resolve("Dockerfile"), "FROM starter\n");
        Files.writeString(kata.resolve("test/Kata.java"), "class Kata {}\n");
        Path learner = Files.createDirectories(temp.resolve("learner"));
        Files.writeString(learner.resolve("Dockerfile"), "FROM mine\n");
        Path context = temp.resolve("context");

        BuildContext.assemble(kata, learner, context);

        assertThat(context.resolve("Dockerfile")).hasContent("FROM mine");
        assertThat(context.resolve("app/main.go")).exists();
        assertThat(context.resolve("test")).doesNotExist();
    }

    @Test
    void links_in_the_learner_s_folder_are_never_followed_or_copied() throws IOException {
        Path kata = Files.createDirectories(temp.resolve("kata"));
        Path learner = Files.createDirectories(temp.resolve("learner"));
        Files.createSymbolicLink(learner.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(learner.resolve("everything"), Path.of("/"));
        Path context = temp.resolve("context");

        var skipped = BuildContext.assemble(kata, learner, context);

        assertThat(skipped).containsExactlyInAnyOrder("passwd", "everything");
        assertThat(context.resolve("passwd")).doesNotExist();
        assertThat(context.resolve("everything")).doesNotExist();
    }
}
