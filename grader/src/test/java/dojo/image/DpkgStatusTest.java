package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class DpkgStatusTest {

    @Test
    void installed_packages_are_listed_and_a_removed_one_left_with_its_config_files_is_skipped() throws IOException {
        String status = resource("dpkg-status-with-a-removed-package.txt");

        List<DpkgPackage> packages = DpkgStatus.parse(status);

        assertThat(packages).containsExactly(
                new DpkgPackage("bash", "5.2.15-2+b7", 7164),
                new DpkgPackage("libgcc-s1", "12.2.0-14", 140),
                new DpkgPackage("tzdata", "2024a-0+deb12u1", 0));
    }

    @Test
    void a_status_file_with_windows_line_endings_reads_the_same() {
        String status = "Package: bash\r\nStatus: install ok installed\r\nVersion: 5.2\r\nInstalled-Size: 7\r\n";

        List<DpkgPackage> packages = DpkgStatus.parse(status);

        assertThat(packages).containsExactly(new DpkgPackage("bash", "5.2", 7));
    }

    @Test
    void an_empty_status_file_lists_no_package() {
        List<DpkgPackage> packages = DpkgStatus.parse("");

        assertThat(packages).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DpkgStatusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
