package dojo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTranscriptTest {

    @Test
    void a_failed_buildkit_build_names_the_failing_step_and_keeps_only_its_lines() throws IOException {
        CliBuilder.ProgressTranscript transcript = new CliBuilder.ProgressTranscript();
        try (InputStream log = getClass().getResourceAsStream("/buildkit/failed-apt-install.txt")) {
            new String(log.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(transcript::add);
        }

        BuildFailedException failure = transcript.failure();

        assertThat(failure.step()).isEqualTo("[2/4] RUN apt-get install -y golang-nope");
        assertThat(failure.lastLines()).contains("E: Unable to locate package golang-nope")
                .noneMatch(line -> line.contains("load build definition"));
        assertThat(failure.getMessage()).contains("exit code: 100");
    }
}
