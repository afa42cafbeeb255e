package dojo.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerUnitsTest {

    @Test
    void sizes_use_decimal_units_and_three_significant_digits_like_docker() {
        assertThat(DockerUnits.bytes(1_030_000_000L)).isEqualTo("1.03 GB");
        assertThat(DockerUnits.bytes(4_460_000L)).isEqualTo("4.46 MB");
        assertThat(DockerUnits.bytes(120_000_000L)).isEqualTo("120 MB");
        assertThat(DockerUnits.bytes(12_345L)).isEqualTo("12.3 kB");
        assertThat(DockerUnits.bytes(512L)).isEqualTo("512 B");
        assertThat(DockerUnits.bytes(0L)).isEqualTo("0 B");
    }

    @Test
    void a_size_that_rounds_up_to_a_thousand_moves_to_the_next_unit() {
        assertThat(DockerUnits.bytes(999_999L)).isEqualTo("1 MB");
    }

    @Test
    void seconds_keep_one_decimal_place() {
        assertThat(DockerUnits.seconds(61.2)).isEqualTo("61.2 s");
        assertThat(DockerUnits.seconds(3)).isEqualTo("3.0 s");
    }

    @Test
    void reduction_is_a_percentage_to_one_decimal_place() {
        assertThat(DockerUnits.reduction(1_030_000_000L, 4_460_000L)).isEqualTo("99.6%");
    }
}
