package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerCacheTest {

    @TempDir
    Path dir;

    @Test
    void an_index_read_back_from_disk_equals_the_one_stored() {
        LayerIndex stored = layer().dir("/etc").file("/etc/motd", "hello").symlink("/etc/link", "motd")
                .whiteout("/etc/gone").opaque("/var").index(FileInterest.of(Map.of("/etc/motd", 3)));
        LayerCache.onDisk(dir).put("blobs/sha256/abc", stored);

        LayerIndex read = LayerCache.onDisk(dir).get("blobs/sha256/abc").orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void an_unreadable_cache_file_counts_as_a_miss() throws IOException {
        LayerCache cache = LayerCache.onDisk(dir);
        cache.put("blobs/sha256/abc", layer().file("/a", "1").index());
        try (Stream<Path> files = Files.list(dir)) {
            Files.write(files.findFirst().orElseThrow(), new byte[] {1, 2, 3});
        }

        assertThat(cache.get("blobs/sha256/abc")).isEmpty();
    }

    @Test
    void a_second_read_of_an_image_indexes_none_of_its_layers_again() throws IOException {
        SaveArchiveBuilder save = SaveArchiveBuilder.oci().layer(layer().file("/a", "1").build())
                .layer(layer().file("/b", "2").build());
        AtomicInteger asked = new AtomicInteger();
        FileInterest counting = path -> {
            asked.incrementAndGet();
            return 0;
        };
        ImageArchive.read(new ByteArrayInputStream(save.build()), counting, LayerCache.onDisk(dir));
        asked.set(0);

        ImageArchive again = ImageArchive.read(new ByteArrayInputStream(save.build()), counting,
                LayerCache.onDisk(dir));

        assertThat(asked).as("no file of a cached layer is looked at").hasValue(0);
        assertThat(again.filesystem().get("/b")).isPresent();
    }

    @Test
    void layers_read_from_an_archive_carry_the_digest_the_archive_names() throws IOException {
        byte[] tar = layer().file("/a", "1").build();
        SaveArchiveBuilder save = SaveArchiveBuilder.oci().layer(tar);

        ImageArchive archive = ImageArchive.read(new ByteArrayInputStream(save.build()), FileInterest.none(),
                LayerCache.none());

        assertThat(archive.layers().get(0).digest()).isEqualTo("sha256:" + SaveArchiveBuilder.sha256(tar));
    }
}
