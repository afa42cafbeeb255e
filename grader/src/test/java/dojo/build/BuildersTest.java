package dojo.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildersTest {

    @Test
    void clients_from_18_09_to_22_carry_buildkit_themselves() {
        assertThat(Builders.hasBuiltInBuildKit("20.10.24+dfsg1")).isTrue();
        assertThat(Builders.hasBuiltInBuildKit("18.09.0")).isTrue();
        assertThat(Builders.hasBuiltInBuildKit("22.06.0-beta.0")).isTrue();
    }

    @Test
    void clients_from_23_on_need_the_buildx_plugin_and_older_ones_have_no_buildkit() {
        assertThat(Builders.hasBuiltInBuildKit("28.2.2")).isFalse();
        assertThat(Builders.hasBuiltInBuildKit("23.0.0")).isFalse();
        assertThat(Builders.hasBuiltInBuildKit("18.06.1-ce")).isFalse();
        assertThat(Builders.hasBuiltInBuildKit("not a version")).isFalse();
    }
}
