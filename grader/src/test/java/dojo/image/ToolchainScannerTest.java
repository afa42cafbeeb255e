package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolchainScannerTest {

    private static final List<String> DEBIAN_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private final ToolchainScanner scanner = ToolchainScanner.standard();

    @Test
    void a_debian_bookworm_slim_like_filesystem_has_no_toolchain() {
        ImageFilesystem fs = filesystem(LayerTarBuilder.fromListing("bookworm-slim-like.layer.txt"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).as("libgcc_s and gcc-12-base docs are runtime leftovers, not a compiler").isEmpty();
    }

    @Test
    void a_scratch_image_with_only_a_go_binary_has_no_toolchain() {
        ImageFilesystem fs = filesystem(layer().file("/server", "\u007fELF...go1.19 buildinf...".getBytes(StandardCharsets.ISO_8859_1), 0755));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).as("a Go binary names its Go version but is not the go tool").isEmpty();
    }

    @Test
    void javac_in_a_jdk_on_the_path_is_a_toolchain() {
        ImageFilesystem fs = filesystem(layer().executable("/opt/jdk/bin/java", "").executable("/opt/jdk/bin/javac", ""));

        List<Toolchain> found = scanner.scan(fs, List.of("/opt/jdk/bin", "/usr/bin"));

        assertThat(found).containsExactly(new Toolchain("javac", "/opt/jdk/bin/javac", "/opt/jdk/bin/javac"));
    }

    @Test
    void a_tool_in_a_path_directory_not_named_bin_is_found() {
        ImageFilesystem fs = filesystem(layer().executable("/opt/tools/make", ""));

        List<Toolchain> found = scanner.scan(fs, List.of("/opt/tools"));

        assertThat(found).extracting(Toolchain::path).containsExactly("/opt/tools/make");
    }

    @Test
    void a_tool_outside_bin_directories_and_the_path_is_not_looked_at() {
        ImageFilesystem fs = filesystem(layer().executable("/opt/tools/make", ""));

        List<Toolchain> found = scanner.scan(fs, List.of("/usr/bin"));

        assertThat(found).isEmpty();
    }

    @Test
    void a_go_tool_in_a_versioned_go_root_is_found_in_its_bin_directory() {
        ImageFilesystem fs = filesystem(layer().executable("/usr/lib/go-1.19/bin/go", "")
                .executable("/usr/lib/go-1.19/bin/gofmt", ""));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).extracting(Toolchain::name).containsExactly("go", "gofmt");
    }

    @Test
    void cc_through_debian_alternatives_is_found_as_every_name_of_gcc() {
        ImageFilesystem fs = filesystem(LayerTarBuilder.fromListing("gcc-through-debian-alternatives.layer.txt"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        String gcc = "/usr/bin/x86_64-linux-gnu-gcc-12";
        assertThat(found).extracting(Toolchain::name, Toolchain::path, Toolchain::resolvedPath).containsExactly(
                tuple("cc", "/usr/bin/cc", gcc),
                tuple("gcc", "/usr/bin/gcc", gcc),
                tuple("gcc-12", "/usr/bin/gcc-12", gcc),
                tuple("x86_64-linux-gnu-gcc-12", gcc, gcc));
    }

    @Test
    void a_busybox_applet_symlink_is_not_a_toolchain() {
        ImageFilesystem fs = filesystem(layer().executable("/bin/busybox", "").symlink("/usr/bin/cc", "/bin/busybox")
                .symlink("/bin/make", "busybox"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).as("busybox's make applet is part of a runtime image").isEmpty();
    }

    @Test
    void a_busybox_applet_hardlinked_before_busybox_itself_is_not_a_toolchain() {
        ImageFilesystem fs = filesystem(layer().executable("/bin/make", "").hardlink("/bin/busybox", "/bin/make"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).as("the tar stores busybox's content under whichever name came first").isEmpty();
    }

    @Test
    void a_dangling_cc_link_is_not_a_toolchain() {
        ImageFilesystem fs = filesystem(layer().symlink("/usr/bin/cc", "/etc/alternatives/cc"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).as("gcc was removed but its alternatives link was left").isEmpty();
    }

    @Test
    void a_file_named_like_a_tool_without_an_execute_bit_is_not_a_toolchain() {
        ImageFilesystem fs = filesystem(layer().file("/usr/bin/gcc", "#!/bin/sh"));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).isEmpty();
    }

    @Test
    void gcc_on_a_merged_usr_image_is_reported_once_although_bin_and_usr_bin_are_both_on_the_path() {
        ImageFilesystem fs = filesystem(layer().symlink("/bin", "usr/bin").executable("/usr/bin/gcc", ""));

        List<Toolchain> found = scanner.scan(fs, List.of("/bin", "/usr/bin"));

        assertThat(found).containsExactly(new Toolchain("gcc", "/usr/bin/gcc", "/usr/bin/gcc"));
    }

    @Test
    void gcc_left_in_an_upper_layer_is_found_in_the_merged_filesystem() {
        LayerIndex base = LayerTarBuilder.fromListing("bookworm-slim-like.layer.txt").index();
        LayerIndex build = layer().executable("/usr/bin/x86_64-linux-gnu-gcc-12", "").symlink("/usr/bin/gcc-12",
                "x86_64-linux-gnu-gcc-12").index();

        List<Toolchain> found = scanner.scan(ImageFilesystem.of(List.of(base, build)), DEBIAN_PATH);

        assertThat(found).extracting(Toolchain::name).containsExactly("gcc-12", "x86_64-linux-gnu-gcc-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcc", "cc", "c++", "g++", "gcc-12", "g++-12", "x86_64-linux-gnu-gcc-12",
            "aarch64-linux-gnu-g++", "x86_64-alpine-linux-musl-gcc", "gfortran", "clang", "clang++", "clang-15",
            "go", "gofmt", "javac", "jlink", "jmod", "jdeps", "rustc", "cargo", "mvn", "gradle", "make", "cmake",
            "ninja", "tsc", "npm", "npx", "yarn", "pnpm", "pip", "pip3", "pip3.11"})
    void an_executable_with_a_build_tool_name_is_a_toolchain(String name) {
        ImageFilesystem fs = filesystem(layer().executable("/usr/bin/" + name, ""));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).extracting(Toolchain::name).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "node", "python3", "cpp", "cpp-12", "as", "ld", "jar", "gccgo-go", "go-wrapper",
            "libgcc_s.so.1", "gcc-ar-12", "x86_64-linux-gnu-gcc-ar-12", "c89-gcc", "clang-format", "makeinfo",
            "pipx", "npm-cli.js", "cargo-clippy"})
    void an_executable_whose_name_only_resembles_a_build_tool_is_not_a_toolchain(String name) {
        ImageFilesystem fs = filesystem(layer().executable("/usr/bin/" + name, ""));

        List<Toolchain> found = scanner.scan(fs, DEBIAN_PATH);

        assertThat(found).isEmpty();
    }

    private static ImageFilesystem filesystem(LayerTarBuilder layer) {
        return ImageFilesystem.of(List.of(layer.index()));
    }
}
