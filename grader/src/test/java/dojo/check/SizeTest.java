package dojo.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeTest {

    @Test
    void formats_sizes_as_docker_image_ls_does() {
        assertThat(Size.format(1_034_567_890L)).isEqualTo("1.03 GB");
        assertThat(Size.format(4_460_000L)).isEqualTo("4.46 MB");
        assertThat(Size.format(74_800_000L)).isEqualTo("74.8 MB");
        assertThat(Size.format(117_000_000L)).isEqualTo("117 MB");
    }

    @Test
    void drops_trailing_zeros_and_keeps_small_counts_in_bytes() {
        assertThat(Size.format(20_000_000L)).isEqualTo("20 MB");
        assertThat(Size.format(512)).isEqualTo("512 B");
        assertThat(Size.format(0)).isEqualTo("0 B");
    }

    @Test
    void rounds_before_stepping_up_a_unit() {
        assertThat(Size.format(999_999)).isEqualTo("1 MB");
    }
}
