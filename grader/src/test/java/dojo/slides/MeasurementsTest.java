package dojo.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementsTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_file_the_catalogue_check_writes() throws IOException, MeasurementsUnreadableException {
        Measurements measurements = Measurements.read(Fixtures.resource("catalogue.json"));

        assertThat(measurements.katas()).extracting(KataMeasurement::id)
                .containsExactly("01-go-static", "02-java-jlink", "03-python-wheels");
        assertThat(measurements.katas().get(0).starter().toolchains()).containsExactly("/usr/bin/go", "/usr/bin/gcc");
        assertThat(measurements.katas().get(0).solution().tier()).isEqualTo("gold");
    }

    @Test
    void the_caption_says_when_and_where() throws IOException, MeasurementsUnreadableException {
        Measurements measurements = Measurements.read(Fixtures.resource("catalogue.json"));

        assertThat(measurements.caption())
                .isEqualTo("measured 2026-12-03T19:00:00Z on ci-runner-7, Docker 20.10.24+dfsg1");
    }

    @Test
    void a_kata_without_its_solution_is_refused_naming_the_field() {
        Path file = Fixtures.resource("catalogue-without-solution.json");

        assertThatThrownBy(() -> Measurements.read(file))
                .isInstanceOf(MeasurementsUnreadableException.class)
                .hasMessage("katas[0].solution is missing");
    }

    @Test
    void a_file_that_is_not_json_is_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("catalogue.json"), "measured yesterday");

        assertThatThrownBy(() -> Measurements.read(file))
                .isInstanceOf(MeasurementsUnreadableException.class)
                .hasMessageStartingWith("it is not the catalogue's JSON (");
    }
}
