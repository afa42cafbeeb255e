package dojo.image;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layers already indexed, so that reading an image again skips the layers it shares with an earlier one.
 *
 * <p>Keys are archive paths of layers: {@code blobs/sha256/<hex>} in the OCI layout, {@code <id>/layer.tar} in the
 * legacy layout. Both name the content, so a key seen before stands for the same bytes. An index is only as
 * complete as the {@link FileInterest} it was read with, so a cache should be shared by reads with equal interests.
 */
public interface LayerCache {

    /** The index stored under this archive path, if any. */
    Optional<LayerIndex> get(String key);

    /** Stores an index under the archive path its layer was read from. */
    void put(String key, LayerIndex index);

    /** A cache that stores nothing: every layer is indexed. */
    static LayerCache none() {
        return new LayerCache() {
            @Override
            public Optional<LayerIndex> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, LayerIndex index) {
            }
        };
    }

    /** A cache that keeps every index for the life of the object; safe to share between threads. */
    static LayerCache inMemory() {
        Map<String, LayerIndex> indexes = new ConcurrentHashMap<>();
        return new LayerCache() {
            @Override
            public Optional<LayerIndex> get(String key) {
                return Optional.ofNullable(indexes.get(key));
            }

            @Override
            public void put(String key, LayerIndex index) {
                indexes.put(key, index);
            }
        };
    }

    /**
     * A cache kept in files under {@code dir}, shared by every process that uses the same directory. Use one
     * directory per {@link FileInterest}: an index only holds the heads its interest asked for.
     */
    static LayerCache onDisk(Path dir) {
        return new DiskLayerCache(dir);
    }

    /**
     * A cache on disk in the user's cache directory, {@code ${XDG_CACHE_HOME:-~/.cache}/multi-stage-dojo/layers/},
     * in a subdirectory named by {@code scope}, which stands for the interest the indexes were read with.
     */
    static LayerCache inUserCache(String scope) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return onDisk(base.resolve("multi-stage-dojo").resolve("layers").resolve(scope));
    }
}
