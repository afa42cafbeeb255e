package dojo.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemediesTest {

    @Test
    void a_missing_debian_base_points_to_the_doctor() {
        assertThat(Remedies.missingBaseImage("debian:bookworm-slim")).isEqualTo(
                "the base image debian:bookworm-slim is not on this engine and could not be pulled. Next step: run"
                        + " `./dojo doctor --fix` (it builds debian:bookworm-slim from Debian's archive)");
    }

    @Test
    void a_missing_other_base_suggests_pulling_it_or_a_supported_base() {
        assertThat(Remedies.missingBaseImage("alpine:3.20")).contains("`docker pull alpine:3.20`")
                .contains("debian:bookworm(-slim) or scratch");
    }

    @Test
    void no_engine_says_how_to_get_one() {
        assertThat(Remedies.NO_ENGINE).startsWith("no Docker engine answered").contains("./dojo doctor --fix");
    }
}
