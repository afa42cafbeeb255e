package dojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SlidesCommandTest {

    @TempDir
    Path repository;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final SlidesCommand command = new SlidesCommand();

    @BeforeEach
    void a_repository_with_the_fixture_deck_and_a_fake_reveal() throws IOException {
        Files.createDirectories(repository.resolve("katas"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        copy(fixture("fake-reveal"), repository.resolve("slides"));
        Files.copy(fixture("deck.md"), repository.resolve("slides/deck.md"));
        command.root = repository;
    }

    @Test
    void renders_the_deck_and_says_where_it_is() throws IOException {
        Files.createDirectories(repository.resolve(".dojo"));
        Files.copy(fixture("catalogue.json"), repository.resolve(".dojo/catalogue.json"));

        int status = run("--out", repository.resolve("deck").toString());

        assertThat(status).isZero();
        assertThat(repository.resolve("deck/index.html")).isRegularFile();
        assertThat(out.toString()).startsWith("Wrote 7 slides to " + repository.resolve("deck/index.html"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void without_measurements_it_warns_and_renders_all_the_same() {
        int status = run("--out", repository.resolve("deck").toString());

        assertThat(status).isZero();
        assertThat(err.toString()).isEqualTo("dojo: warning: no measurements at .dojo/catalogue.json yet, so the"
                + " charts say \"not measured yet\"; run `mvn -B verify`, then `./dojo slides` again\n");
        assertThat(out.toString()).startsWith("Wrote 5 slides");
    }

    @Test
    void a_measurements_file_named_on_the_command_line_is_used() throws IOException {
        int status = run("--out", repository.resolve("deck").toString(),
                "--measurements", fixture("catalogue.json").toString());

        assertThat(status).isZero();
        assertThat(Files.readString(repository.resolve("deck/index.html"))).contains("on ci-runner-7");
    }

    @Test
    void a_missing_framework_is_bad_input_and_names_npm_ci() throws IOException {
        deleteTree(repository.resolve("slides/node_modules"));

        int status = run("--out", repository.resolve("deck").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("dojo: reveal.js is not installed: ")
                .endsWith("; run `cd slides && npm ci`, then `./dojo slides` again\n");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void a_named_measurements_file_that_does_not_exist_is_bad_input() {
        Path missing = repository.resolve("nowhere.json");

        int status = run("--out", repository.resolve("deck").toString(), "--measurements", missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("dojo: no measurements at " + missing + "; name a file the catalogue"
                + " check wrote, or leave out --measurements to use .dojo/catalogue.json\n");
    }

    @Test
    void measurements_missing_a_field_are_bad_input_naming_the_field() {
        Path broken = fixture("catalogue-without-solution.json");

        int status = run("--out", repository.resolve("deck").toString(), "--measurements", broken.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("dojo: cannot chart " + broken + ": katas[0].solution is missing;"
                + " run `mvn -B verify` to measure the catalogue again\n");
        assertThat(repository.resolve("deck")).doesNotExist();
    }

    private int run(String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(SlidesCommandTest.class.getResource("/slides/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
