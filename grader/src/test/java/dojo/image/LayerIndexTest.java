package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayerIndexTest {

    @Test
    void entry_names_become_absolute_paths_without_dot_or_trailing_slash() {
        LayerTarBuilder tar = layer().dir("./usr/").dir("usr/bin").executable("./usr/bin/gcc", "elf");

        LayerIndex index = tar.index();

        assertThat(index.entries()).extracting(LayerEntry::path).containsExactly("/usr", "/usr/bin", "/usr/bin/gcc");
    }

    @Test
    void entries_keep_their_type_mode_and_link_target() {
        LayerTarBuilder tar = layer()
                .executable("/usr/bin/gcc-12", "elf")
                .symlink("/usr/bin/gcc", "gcc-12")
                .hardlink("/usr/bin/cc", "/usr/bin/gcc-12");

        LayerIndex index = tar.index();

        assertThat(index.entries())
                .extracting(LayerEntry::path, LayerEntry::type, LayerEntry::mode, LayerEntry::linkTarget)
                .containsExactly(
                        tuple("/usr/bin/gcc-12", EntryType.FILE, 0755, ""),
                        tuple("/usr/bin/gcc", EntryType.SYMLINK, 0777, "gcc-12"),
                        tuple("/usr/bin/cc", EntryType.HARDLINK, 0755,
                                "/usr/bin/gcc-12"));
    }

    @Test
    void whiteout_markers_become_the_paths_they_delete_and_are_not_entries() {
        LayerTarBuilder tar = layer().dir("/etc").whiteout("/etc/apt").opaque("/var/cache").file("/etc/x", "y");

        LayerIndex index = tar.index();

        assertThat(index.whiteouts()).containsExactly("/etc/apt");
        assertThat(index.opaqueDirs()).containsExactly("/var/cache");
        assertThat(index.entries()).extracting(LayerEntry::path).containsExactly("/etc", "/etc/x");
    }

    @Test
    void only_the_requested_head_of_a_file_of_interest_is_captured() {
        LayerTarBuilder tar = layer().file("/app/server", "0123456789").file("/app/other", "abc");

        LayerIndex index = tar.index(FileInterest.of(Map.of("/app/server", 4)));

        assertThat(index.entries()).extracting(entry -> new String(entry.captured(), StandardCharsets.UTF_8))
                .containsExactly("0123", "");
    }

    @Test
    void a_file_shorter_than_its_interest_is_captured_whole() {
        LayerTarBuilder tar = layer().file("/var/lib/dpkg/status", "Package: bash\n");

        LayerIndex index = tar.index(FileInterest.of(Map.of("/var/lib/dpkg/status", 16 * 1024 * 1024)));

        assertThat(new String(index.entries().get(0).captured(), StandardCharsets.UTF_8)).isEqualTo("Package: bash\n");
    }

    @Test
    void size_sums_the_regular_files_only() {
        LayerTarBuilder tar = layer().dir("/a").file("/a/one", "12345").symlink("/a/two", "one").file("/a/three", "678");

        LayerIndex index = tar.index();

        assertThat(index.size()).isEqualTo(8);
    }

    @Test
    void digest_is_the_sha256_of_the_plain_tar_bytes() throws IOException {
        byte[] bytes = layer().file("/hello", "world").build();

        LayerIndex index = LayerIndex.read(new ByteArrayInputStream(bytes), FileInterest.none());

        assertThat(index.digest()).isEqualTo("sha256:" + SaveArchiveBuilder.sha256(bytes));
    }

    @Test
    void a_gzip_layer_is_indexed_like_a_plain_one_and_its_digest_covers_the_compressed_bytes() throws IOException {
        byte[] gzipped = layer().executable("/usr/bin/make", "elf").buildGzipped();

        LayerIndex index = LayerIndex.read(new ByteArrayInputStream(gzipped), FileInterest.none());

        assertThat(index.entries()).extracting(LayerEntry::path).containsExactly("/usr/bin/make");
        assertThat(index.digest()).isEqualTo("sha256:" + SaveArchiveBuilder.sha256(gzipped));
    }

    @Test
    void reading_leaves_the_stream_open_for_the_enclosing_archive() throws IOException {
        TrackingInputStream in = new TrackingInputStream(layer().file("/a", "b").build());

        LayerIndex.read(in, FileInterest.none());

        assertThat(in.closed).as("the save archive's stream must survive one layer").isFalse();
    }

    private static final class TrackingInputStream extends ByteArrayInputStream {

        boolean closed;

        TrackingInputStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
