package dojo.image;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image as the engine's save endpoint ({@code docker save}) streams it: its layers, its config and its merged
 * filesystem.
 *
 * <p>Two layouts are read. The legacy one keeps each layer in {@code <id>/layer.tar} and lists them in
 * {@code manifest.json}, usually the last entry of the stream. The OCI one, written by Docker 25 and later, keeps
 * layers, config and manifests as {@code blobs/sha256/<hex>} and points at them from {@code index.json} and, for
 * compatibility, {@code manifest.json}. Because the manifest may come after the layers, every entry that looks like
 * a tar is indexed as it streams past, and the manifest picks the image's layers afterwards.
 */
public final class ImageArchive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIFF_BYTES = 512;
    /** Manifests, indexes and configs are kilobytes; a larger JSON entry is not one of them and is not kept. */
    private static final long MAX_JSON_BYTES = 8L * 1024 * 1024;
    private static final int MAX_ARCHIVE_LINK_HOPS = 16;
    private static final List<String> ENGINE_DEFAULT_PATH =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");
    private static final String ATTESTATION_REFERENCE = "vnd.docker.reference.type";

    private final List<LayerIndex> layers;
    private final JsonNode config;
    private final ImageFilesystem filesystem;

    private ImageArchive(List<LayerIndex> layers, JsonNode config) {
        this.layers = List.copyOf(layers);
        this.config = config;
        this.filesystem = ImageFilesystem.of(this.layers);
    }

    /**
     * Reads a {@code docker save} stream once, to its end, without closing it. If the archive holds several images,
     * the first one its manifest lists is read.
     *
     * @param saveTar the uncompressed archive, as the engine streams it
     * @param interest which files of the layers to keep leading bytes of
     * @param cache layers indexed before; a layer found there is skipped unread, and a layer read is stored there
     * @throws MalformedImageArchiveException if the stream is a tar but not an image archive
     * @throws IOException if the stream cannot be read
     */
    public static ImageArchive read(InputStream saveTar, FileInterest interest, LayerCache cache) throws IOException {
        Contents contents = new Contents();
        TarArchiveInputStream tar = new TarArchiveInputStream(saveTar);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String path = archivePath("", entry.getName());
            if (entry.isSymbolicLink()) {
                contents.links.put(path, archivePath(ImagePaths.parent("/" + path), entry.getLinkName()));
            } else if (entry.isLink()) {
                contents.links.put(path, archivePath("", entry.getLinkName()));
            } else if (entry.isFile()) {
                readEntry(path, entry, new UnclosableInputStream(tar), interest, cache, contents);
            }
        }
        return contents.image();
    }

    private static void readEntry(String path, TarArchiveEntry entry, InputStream content, FileInterest interest,
            LayerCache cache, Contents contents) throws IOException {
        Optional<LayerIndex> cached = cache.get(path);
        if (cached.isPresent()) {
            contents.layers.put(path, cached.get());
            return;
        }
        BufferedInputStream buffered = new BufferedInputStream(content, 65536);
        switch (sniff(buffered)) {
            case LAYER -> {
                LayerIndex index = indexLayer(path, buffered, interest);
                cache.put(path, index);
                contents.layers.put(path, index);
            }
            case JSON -> {
                if (entry.getSize() <= MAX_JSON_BYTES) {
                    readJson(path, buffered).ifPresent(json -> contents.documents.put(path, json));
                }
            }
            case ZSTD_LAYER -> contents.zstdLayers.add(path);
            case OTHER -> {
                // VERSION files, the oci-layout marker and the like say nothing the grader needs.
            }
        }
    }

    private static LayerIndex indexLayer(String path, InputStream content, FileInterest interest) throws IOException {
        try {
            return LayerIndex.readUnhashed(content, interest);
        } catch (IOException e) {
            throw new MalformedImageArchiveException("tried to index layer " + path
                    + " of the image archive but failed because " + e.getMessage(), e);
        }
    }

    private static Optional<JsonNode> readJson(String path, InputStream content) throws IOException {
        try {
            return Optional.of(JSON.readTree(content));
        } catch (JsonProcessingException e) {
            // Something that merely starts like JSON; if the manifest needs it, the lookup reports it missing.
            return Optional.empty();
        }
    }

    private enum Kind { LAYER, ZSTD_LAYER, JSON, OTHER }

    private static Kind sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Kind.LAYER;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return Kind.ZSTD_LAYER;
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return Kind.LAYER;
        }
        if (head.length == SNIFF_BYTES && isAllZero(head)) {
            // An empty layer is nothing but the tar's end-of-archive blocks.
            return Kind.LAYER;
        }
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[' ? Kind.JSON : Kind.OTHER;
            }
        }
        return Kind.OTHER;
    }

    private static boolean isAllZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Resolves an entry name or link target to a path relative to the archive root, without a leading slash. */
    private static String archivePath(String baseDir, String name) {
        String joined = name.startsWith("/") ? name : baseDir + "/" + name;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : ImagePaths.components(joined)) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Every layer in order, base layer first, as the image's manifest lists them. */
    public List<LayerIndex> layers() {
        return layers;
    }

    /** The image config: {@code config.Env}, {@code config.Entrypoint}, {@code config.Cmd}, the history and so on. */
    public JsonNode config() {
        return config;
    }

    /**
     * The directories of the {@code PATH} a container of this image starts with: the one in the config's
     * {@code Env}, or the engine's default when the image sets none, as a scratch image may not.
     */
    public List<String> pathDirs() {
        for (JsonNode variable : config.path("config").path("Env")) {
            String text = variable.asText();
            if (text.startsWith("PATH=")) {
                return List.of(text.substring("PATH=".length()).split(":"));
            }
        }
        return ENGINE_DEFAULT_PATH;
    }

    /** The filesystem a container of this image starts with. */
    public ImageFilesystem filesystem() {
        return filesystem;
    }

    /** What streamed past: indexed layers and parsed JSON documents by archive path, and the links between paths. */
    private static final class Contents {

        final Map<String, LayerIndex> layers = new HashMap<>();
        final Map<String, JsonNode> documents = new HashMap<>();
        final Map<String, String> links = new HashMap<>();
        final Set<String> zstdLayers = new HashSet<>();

        ImageArchive image() throws MalformedImageArchiveException {
            JsonNode manifest = documents.get("manifest.json");
            if (manifest != null && manifest.isArray() && !manifest.isEmpty()) {
                return fromDockerManifest(manifest.get(0));
            }
            JsonNode index = documents.get("index.json");
            if (index != null) {
                return fromOciManifest(ociImageManifest(index, "index.json"));
            }
            throw new MalformedImageArchiveException("tried to find the image's manifest but the archive holds neither"
                    + " manifest.json nor index.json; pass the output of `docker save <image>`");
        }

        private ImageArchive fromDockerManifest(JsonNode manifest) throws MalformedImageArchiveException {
            JsonNode config = document(manifest.path("Config").asText());
            JsonNode diffIds = config.path("rootfs").path("diff_ids");
            List<LayerIndex> ordered = new ArrayList<>();
            int position = 0;
            for (JsonNode layer : manifest.path("Layers")) {
                String listed = layer.asText();
                // The legacy layout names layers by v1 ids; the config's diff_ids are the digests of their tars.
                String digest = listed.startsWith("blobs/sha256/") ? "sha256:" + ImagePaths.name("/" + listed)
                        : diffIds.path(position).asText("");
                ordered.add(layer(listed).withDigest(digest));
                position++;
            }
            return new ImageArchive(ordered, config);
        }

        private ImageArchive fromOciManifest(JsonNode manifest) throws MalformedImageArchiveException {
            List<LayerIndex> ordered = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                ordered.add(layer(blobPath(layer)).withDigest(layer.path("digest").asText("")));
            }
            return new ImageArchive(ordered, document(blobPath(manifest.path("config"))));
        }

        /** Descends from an OCI index to the first image manifest that is not a build attestation. */
        private JsonNode ociImageManifest(JsonNode index, String path) throws MalformedImageArchiveException {
            for (JsonNode descriptor : index.path("manifests")) {
                if (descriptor.path("annotations").has(ATTESTATION_REFERENCE)) {
                    continue;
                }
                String blob = blobPath(descriptor);
                JsonNode target = document(blob);
                return target.has("manifests") ? ociImageManifest(target, blob) : target;
            }
            throw new MalformedImageArchiveException("tried to find an image manifest in " + path
                    + " of the image archive but it lists none");
        }

        private static String blobPath(JsonNode descriptor) {
            return "blobs/" + descriptor.path("digest").asText().replaceFirst(":", "/");
        }

        private LayerIndex layer(String listed) throws MalformedImageArchiveException {
            String path = followLinks(archivePath("", listed));
            if (zstdLayers.contains(path)) {
                throw new MalformedImageArchiveException("tried to read layer " + listed + " but it is compressed with"
                        + " zstd, which the grader cannot read; build the image with the default (uncompressed or"
                        + " gzip) layer compression");
            }
            LayerIndex index = layers.get(path);
            if (index == null) {
                throw new MalformedImageArchiveException("tried to read layer " + listed
                        + " that the manifest lists but the image archive holds no such layer");
            }
            return index;
        }

        private JsonNode document(String listed) throws MalformedImageArchiveException {
            JsonNode document = documents.get(followLinks(archivePath("", listed)));
            if (document == null) {
                throw new MalformedImageArchiveException("tried to read " + listed
                        + " that the image archive's manifest points at but the archive holds no such JSON document");
            }
            return document;
        }

        private String followLinks(String path) {
            String current = path;
            for (int hop = 0; hop < MAX_ARCHIVE_LINK_HOPS && links.containsKey(current); hop++) {
                current = links.get(current);
            }
            return current;
        }
    }

    /** Lets a nested reader consume one entry of the archive without closing the whole archive. */
    private static final class UnclosableInputStream extends FilterInputStream {

        UnclosableInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
