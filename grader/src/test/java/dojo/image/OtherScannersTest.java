package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OtherScannersTest {

    private static final List<String> DEBIAN_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    @Test
    void a_bookworm_slim_like_filesystem_has_apt_as_its_package_manager_and_bash_as_a_shell() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(LayerTarBuilder.fromListing("bookworm-slim-like.layer.txt")
                .index()));

        assertThat(ToolchainScanner.packageManagers().scan(fs, DEBIAN_PATH)).extracting(Toolchain::name)
                .contains("apt");
        assertThat(ToolchainScanner.shells().scan(fs, DEBIAN_PATH)).extracting(Toolchain::name).contains("bash");
    }

    @Test
    void busybox_sh_counts_as_a_shell_though_not_as_a_toolchain() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(layer().executable("/bin/busybox", "busybox")
                .symlink("/bin/sh", "busybox").index()));

        assertThat(ToolchainScanner.shells().scan(fs, DEBIAN_PATH)).extracting(Toolchain::path)
                .contains("/bin/sh");
    }

    @Test
    void a_scratch_image_with_one_binary_has_no_shell_and_no_package_manager() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(layer().executable("/greeter", "\u007fELF").index()));

        assertThat(ToolchainScanner.shells().scan(fs, DEBIAN_PATH)).isEmpty();
        assertThat(ToolchainScanner.packageManagers().scan(fs, DEBIAN_PATH)).isEmpty();
    }

    @Test
    void a_site_generator_left_in_the_image_is_a_build_tool() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(layer().executable("/usr/bin/hugo", "\u007fELF").index()));

        assertThat(ToolchainScanner.standard().scan(fs, DEBIAN_PATH)).extracting(Toolchain::name)
                .containsExactly("hugo");
    }
}
