package dojo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolNamesTest {

    @Test
    void versioned_and_triplet_links_of_a_compiler_fold_into_its_plain_name() {
        List<String> names = ToolNames.of(List.of("/usr/bin/gcc", "/usr/bin/gcc-12", "/usr/bin/x86_64-linux-gnu-gcc-12",
                "/usr/bin/c++", "/usr/bin/x86_64-linux-gnu-g++-12", "/usr/lib/go-1.19/bin/go", "/usr/bin/go",
                "/usr/bin/pip3"));

        assertThat(names).containsExactly("c++", "g++", "gcc", "go", "pip3");
    }
}
