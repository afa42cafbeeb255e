package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImageAnalysisTest {

    private static final String HISTORY_CONFIG = "{\"config\":{\"User\":\"app\"},\"history\":["
            + "{\"created_by\":\"/bin/sh -c #(nop) ADD file:abc in / \"},"
            + "{\"created_by\":\"/bin/sh -c #(nop)  CMD [\\\"bash\\\"]\",\"empty_layer\":true},"
            + "{\"created_by\":\"RUN /bin/sh -c head -c 100 /dev/urandom > /big # buildkit\"},"
            + "{\"created_by\":\"RUN |1 TOKEN=s3cr3t-value-of-length /bin/sh -c rm /big # buildkit\"}]}";

    @Test
    void a_file_added_and_then_deleted_is_reclaimable_once() throws IOException {
        ImageArchive archive = archive(layer().file("/etc/os-release", "debian"),
                layer().file("/big", new byte[100], 0644),
                layer().whiteout("/big"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.reclaimableBytes()).isEqualTo(100);
        assertThat(analysis.wasted()).extracting(ImageAnalysis.Waste::path, ImageAnalysis.Waste::fate,
                ImageAnalysis.Waste::byLayer).containsExactly(tuple("/big", ImageAnalysis.Fate.DELETED, 2));
    }

    @Test
    void the_surviving_copy_of_an_overwritten_file_is_not_counted() throws IOException {
        ImageArchive archive = archive(layer().file("/app/bin", new byte[300], 0755),
                layer().file("/app/bin", new byte[200], 0755),
                layer().file("/app/bin", new byte[50], 0755));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.reclaimableBytes()).as("the 50-byte copy stays in the final filesystem").isEqualTo(500);
        assertThat(analysis.wasted()).extracting(ImageAnalysis.Waste::layer, ImageAnalysis.Waste::byLayer)
                .containsExactly(tuple(0, 1), tuple(1, 2));
    }

    @Test
    void an_opaque_directory_wastes_what_it_hides_but_not_what_its_layer_adds() throws IOException {
        ImageArchive archive = archive(layer().dir("/var/cache").file("/var/cache/old", new byte[40], 0644),
                layer().dir("/var/cache").opaque("/var/cache").file("/var/cache/new", new byte[7], 0644));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.reclaimableBytes()).isEqualTo(40);
        assertThat(analysis.wasted()).extracting(ImageAnalysis.Waste::fate).containsExactly(ImageAnalysis.Fate.HIDDEN);
    }

    @Test
    void a_whiteout_of_a_directory_wastes_everything_below_it() throws IOException {
        ImageArchive archive = archive(layer().dir("/src").file("/src/a.go", new byte[10], 0644)
                        .dir("/src/sub").file("/src/sub/b.go", new byte[20], 0644),
                layer().whiteout("/src"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.reclaimableBytes()).isEqualTo(30);
    }

    @Test
    void a_file_whose_first_name_is_deleted_but_whose_hardlink_stays_is_not_wasted() throws IOException {
        ImageArchive archive = archive(layer().file("/usr/bin/perl5.36", new byte[90], 0755)
                        .hardlink("/usr/bin/perl", "/usr/bin/perl5.36"),
                layer().whiteout("/usr/bin/perl5.36"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.reclaimableBytes()).isZero();
    }

    @Test
    void each_layer_is_matched_to_the_history_entry_that_made_it_skipping_empty_layers() throws IOException {
        ImageArchive archive = archive(HISTORY_CONFIG, layer().file("/etc/os-release", "debian"),
                layer().file("/big", new byte[100], 0644), layer().whiteout("/big"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.layers()).extracting(ImageAnalysis.Layer::instruction, ImageAnalysis.Layer::bytes)
                .containsExactly(tuple("ADD file:abc in /", 6L), tuple("RUN head -c 100 /dev/urandom > /big", 100L),
                        tuple("RUN rm /big", 0L));
        assertThat(analysis.layers().get(1).share()).isCloseTo(100.0 / 106, offset(1e-9));
    }

    @Test
    void the_payload_ratio_compares_all_layers_with_the_apps_own_files() throws IOException {
        ImageArchive archive = archive(layer().file("/etc/passwd", new byte[2], 0644),
                layer().file("/greeter", new byte[98], 0755));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of("/greeter"));

        assertThat(analysis.payloadBytes()).isEqualTo(98);
        assertThat(analysis.payloadRatio()).isCloseTo(100.0 / 98, offset(1e-9));
    }

    @Test
    void largest_directories_sum_every_file_below_them() throws IOException {
        ImageArchive archive = archive(layer().dir("/usr").dir("/usr/lib").file("/usr/lib/a", new byte[5], 0644)
                .dir("/usr/bin").file("/usr/bin/b", new byte[3], 0755).file("/top", new byte[1], 0644));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.largestDirectories()).extracting(ImageAnalysis.PathSize::path,
                ImageAnalysis.PathSize::bytes).startsWith(tuple("/usr", 8L), tuple("/usr/lib", 5L));
        assertThat(analysis.largestFiles()).extracting(ImageAnalysis.PathSize::path)
                .containsExactly("/usr/lib/a", "/usr/bin/b", "/top");
    }

    @Test
    void the_attack_surface_lists_setuid_and_setgid_files_shells_packages_and_the_user() throws IOException {
        String status = "Package: bash\nStatus: install ok installed\nVersion: 5.2\nInstalled-Size: 7000\n\n"
                + "Package: tiny\nStatus: install ok installed\nVersion: 1\nInstalled-Size: 10\n";
        ImageArchive archive = archive(HISTORY_CONFIG, layer().dir("/bin").executable("/bin/bash", "elf")
                        .file("/usr/bin/passwd", new byte[4], 04755).file("/usr/bin/chage", new byte[4], 02755),
                layer().file("/var/lib/dpkg/status", status),
                layer().executable("/usr/bin/apt-get", "elf"));

        ImageAnalysis.AttackSurface surface = ImageAnalysis.of(archive, List.of()).attackSurface();

        assertThat(surface.shells()).containsExactly("/bin/bash");
        assertThat(surface.packageManagers()).containsExactly("/usr/bin/apt-get");
        assertThat(surface.setuid()).containsExactly("/usr/bin/passwd");
        assertThat(surface.setgid()).containsExactly("/usr/bin/chage");
        assertThat(surface.packages()).extracting(DpkgPackage::name).containsExactly("bash", "tiny");
        assertThat(surface.user()).isEqualTo("app");
        assertThat(surface.runsAsRoot()).isFalse();
    }

    @Test
    void a_private_key_in_a_layer_file_that_a_later_layer_deletes_is_still_found() throws IOException {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
                + "-----END OPENSSH PRIVATE KEY-----\n";
        ImageArchive archive = archive(layer().dir("/root/.ssh").file("/root/.ssh/id_ed25519", key),
                layer().whiteout("/root/.ssh/id_ed25519"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.secrets()).extracting(ImageAnalysis.Secret::kind, ImageAnalysis.Secret::location,
                ImageAnalysis.Secret::layer, ImageAnalysis.Secret::deleted)
                .containsExactly(tuple("private key", "/root/.ssh/id_ed25519", 0, true));
    }

    @Test
    void an_npm_token_is_found_and_masked() throws IOException {
        ImageArchive archive = archive(layer().file("/app/.npmrc",
                "//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.secrets()).extracting(ImageAnalysis.Secret::excerpt).containsOnly("npm_ab…89");
        assertThat(analysis.toJson()).doesNotContain("npm_abcdefghijklmnopqrstuvwxyz0123456789");
    }

    @Test
    void secrets_in_the_config_environment_and_in_build_arguments_of_the_history_are_found() throws IOException {
        String config = "{\"config\":{\"Env\":[\"PATH=/usr/bin\",\"API_TOKEN=abcdefghijklmnopqrstuvwxyz\","
                + "\"DB_PASSWORD_FILE=/run/secrets/db\"]},\"history\":["
                + "{\"created_by\":\"RUN |1 NPM_TOKEN=tok-1234567890abcdef /bin/sh -c npm ci # buildkit\"}]}";
        ImageArchive archive = archive(config, layer().file("/etc/hostname", "x"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.secrets()).extracting(ImageAnalysis.Secret::kind, ImageAnalysis.Secret::location,
                ImageAnalysis.Secret::excerpt).containsExactly(
                        tuple("variable API_TOKEN", "config Env", "abcdef…yz"),
                        tuple("variable NPM_TOKEN", "history step 1", "tok-12…ef"));
    }

    @Test
    void build_arguments_are_masked_in_the_layer_table() throws IOException {
        ImageArchive archive = archive(HISTORY_CONFIG, layer().file("/etc/os-release", "debian"),
                layer().file("/big", new byte[100], 0644), layer().whiteout("/big"));

        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of());

        assertThat(analysis.toJson()).doesNotContain("s3cr3t-value-of-length");
    }

    @Test
    void an_analysis_survives_a_round_trip_through_json() throws IOException {
        ImageArchive archive = archive(HISTORY_CONFIG, layer().file("/etc/os-release", "debian"),
                layer().file("/big", new byte[100], 0644), layer().whiteout("/big"));
        ImageAnalysis analysis = ImageAnalysis.of(archive, List.of("/etc/os-release"));

        ImageAnalysis read = ImageAnalysis.parse(analysis.toJson());

        assertThat(read).usingRecursiveComparison().isEqualTo(analysis);
    }

    private static ImageArchive archive(LayerTarBuilder... layers) throws IOException {
        return archive("{\"config\":{}}", layers);
    }

    private static ImageArchive archive(String config, LayerTarBuilder... layers) throws IOException {
        SaveArchiveBuilder save = SaveArchiveBuilder.oci().config(config);
        for (LayerTarBuilder layer : layers) {
            save.layer(layer.build());
        }
        return ImageArchive.read(new ByteArrayInputStream(save.build()), ImageAnalysis.interest(), LayerCache.none());
    }
}
