package dojo.image;

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
}
