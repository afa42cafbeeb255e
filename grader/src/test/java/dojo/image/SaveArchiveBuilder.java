package dojo.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes synthetic {@code docker save} archives: the legacy layout of Docker before 25, with {@code manifest.json}
 * last, and the OCI layout of Docker 25 and later, with or without the compatibility {@code manifest.json}.
 */
final class SaveArchiveBuilder {

    private enum Layout { LEGACY, OCI, OCI_INDEX_ONLY }

    private final Layout layout;
    private final List<byte[]> layers = new ArrayList<>();
    private String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{}}";

    private SaveArchiveBuilder(Layout layout) {
        this.layout = layout;
    }

    static SaveArchiveBuilder legacy() {
        return new SaveArchiveBuilder(Layout.LEGACY);
    }

    static SaveArchiveBuilder oci() {
        return new SaveArchiveBuilder(Layout.OCI);
    }

    /** The OCI layout as other tools write it: {@code index.json} only, no Docker {@code manifest.json}. */
    static SaveArchiveBuilder ociIndexOnly() {
        return new SaveArchiveBuilder(Layout.OCI_INDEX_ONLY);
    }

    SaveArchiveBuilder layer(byte[] layerTar) {
        layers.add(layerTar);
        return this;
    }

    SaveArchiveBuilder config(String json) {
        config = json;
        return this;
    }

    /** The archive path each layer is stored at, which is also its {@link LayerCache} key. */
    List<String> layerPaths() {
        List<String> paths = new ArrayList<>();
        for (byte[] layer : layers) {
            paths.add(layout == Layout.LEGACY ? sha256(layer) + "/layer.tar" : "blobs/sha256/" + sha256(layer));
        }
        return paths;
    }

    byte[] build() {
        Map<String, byte[]> entries = layout == Layout.LEGACY ? legacyEntries() : ociEntries();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(entry.getValue().length);
                tar.putArchiveEntry(header);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Map<String, byte[]> legacyEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> paths = layerPaths();
        for (int i = 0; i < layers.size(); i++) {
            String id = ImagePaths.parent("/" + paths.get(i)).substring(1);
            entries.put(id + "/VERSION", utf8("1.0"));
            entries.put(id + "/json", utf8("{\"id\":\"" + id + "\"}"));
            entries.put(paths.get(i), layers.get(i));
        }
        String configName = sha256(utf8(config)) + ".json";
        entries.put(configName, utf8(config));
        entries.put("repositories", utf8("{\"dojo/test\":{\"latest\":\"" + sha256(utf8(config)) + "\"}}"));
        entries.put("manifest.json", utf8("[{\"Config\":\"" + configName + "\",\"RepoTags\":[\"dojo/test:latest\"],"
                + "\"Layers\":" + jsonArray(paths) + "}]"));
        return entries;
    }

    private Map<String, byte[]> ociEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> descriptors = new ArrayList<>();
        for (byte[] layer : layers) {
            entries.put("blobs/sha256/" + sha256(layer), layer);
            descriptors.add(descriptor("application/vnd.oci.image.layer.v1.tar", layer));
        }
        byte[] configBytes = utf8(config);
        entries.put("blobs/sha256/" + sha256(configBytes), configBytes);
        byte[] manifest = utf8("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":" + descriptor("application/vnd.oci.image.config.v1+json", configBytes) + ","
                + "\"layers\":[" + String.join(",", descriptors) + "]}");
        entries.put("blobs/sha256/" + sha256(manifest), manifest);
        entries.put("index.json", utf8("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"manifests\":[" + descriptor("application/vnd.oci.image.manifest.v1+json", manifest) + "]}"));
        if (layout == Layout.OCI) {
            List<String> paths = layerPaths();
            entries.put("manifest.json", utf8("[{\"Config\":\"blobs/sha256/" + sha256(configBytes) + "\","
                    + "\"RepoTags\":[\"dojo/test:latest\"],\"Layers\":" + jsonArray(paths) + "}]"));
        }
        entries.put("oci-layout", utf8("{\"imageLayoutVersion\":\"1.0.0\"}"));
        return entries;
    }

    private static String descriptor(String mediaType, byte[] blob) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"sha256:" + sha256(blob) + "\",\"size\":"
                + blob.length + "}";
    }

    private static String jsonArray(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
