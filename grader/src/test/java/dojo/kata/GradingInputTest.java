package dojo.kata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradingInputTest {

    @Test
    void by_default_grades_the_learners_working_copy_with_the_kata_folder_as_context() {
        GradingInput input = GradingInput.resolve("01-go-static", parameters(Map.of("dojo.root", "/repo")));

        assertThat(input.dockerfile()).isEqualTo(Path.of("/repo/katas/01-go-static/Dockerfile"));
        assertThat(input.context()).isEqualTo(Path.of("/repo/katas/01-go-static"));
        assertThat(input.buildTimeout()).isEqualTo(Duration.ofSeconds(900));
        assertThat(input.isolatedProbe()).isFalse();
    }

    @Test
    void a_relative_dockerfile_is_read_from_the_repository_root() {
        GradingInput input = GradingInput.resolve("01-go-static", parameters(Map.of("dojo.root", "/repo",
                "dojo.dockerfile", "solutions/01-go-static/Dockerfile", "dojo.probe.isolated", "true")));

        assertThat(input.dockerfile()).isEqualTo(Path.of("/repo/solutions/01-go-static/Dockerfile"));
        assertThat(input.shown(input.dockerfile())).isEqualTo("solutions/01-go-static/Dockerfile");
        assertThat(input.isolatedProbe()).isTrue();
    }

    private static java.util.function.Function<String, Optional<String>> parameters(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
