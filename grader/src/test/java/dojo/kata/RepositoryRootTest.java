package dojo.kata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path dir;

    @Test
    void the_launchers_variable_comes_first() {
        Path root = RepositoryRoot.find(name -> name.equals("DOJO_ROOT") ? "/from/env" : null,
                name -> "/from/property", dir);

        assertThat(root).isEqualTo(Path.of("/from/env"));
    }

    @Test
    void the_system_property_comes_next() {
        Path root = RepositoryRoot.find(name -> null, name -> name.equals("dojo.root") ? "/from/property" : null, dir);

        assertThat(root).isEqualTo(Path.of("/from/property"));
    }

    @Test
    void otherwise_the_nearest_folder_with_katas_and_a_pom_above_the_working_dir() throws IOException {
        Files.createDirectories(dir.resolve("katas"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path deep = Files.createDirectories(dir.resolve("grader/src"));

        Path root = RepositoryRoot.find(name -> null, name -> null, deep);

        assertThat(root).isEqualTo(dir.toAbsolutePath().normalize());
    }
}
