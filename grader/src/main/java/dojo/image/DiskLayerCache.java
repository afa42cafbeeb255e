package dojo.image;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layer indexes kept as one small gzipped file per layer key, so that grading again in a new process skips the
 * layers it has seen. A file that cannot be read is treated as absent and replaced: a cache may lose entries, never
 * give wrong ones.
 */
final class DiskLayerCache implements LayerCache {

    private static final Logger LOG = LoggerFactory.getLogger(DiskLayerCache.class);
    /** Bumped whenever the format or what an index holds changes, so old files are never misread. */
    private static final int FORMAT = 1;
    private static final int MAX_COUNT = 50_000_000;
    private static final EntryType[] TYPES = EntryType.values();

    private final Path dir;

    DiskLayerCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<LayerIndex> get(String key) {
        Path file = file(key);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file), 65536), 65536))) {
            return Optional.of(read(in, key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring the unreadable cached index {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, LayerIndex index) {
        Path file = file(key);
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(partial), 65536), 65536))) {
                write(out, key, index);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Losing a cache entry only costs the next read time; the grading itself is unaffected.
            LOG.warn("could not cache the index of layer {} under {}: {}; check that the directory is writable",
                    key, dir, e.getMessage());
        }
    }

    private Path file(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash) + ".idx.gz");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static void write(DataOutputStream out, String key, LayerIndex index) throws IOException {
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.writeUTF(index.digest());
        out.writeInt(index.entries().size());
        for (LayerEntry entry : index.entries()) {
            writeString(out, entry.path());
            out.writeByte(entry.type().ordinal());
            out.writeLong(entry.size());
            out.writeInt(entry.mode());
            writeString(out, entry.linkTarget());
            out.writeInt(entry.captured().length);
            out.write(entry.captured());
        }
        writeStrings(out, index.whiteouts());
        writeStrings(out, index.opaqueDirs());
    }

    private static LayerIndex read(DataInputStream in, String key) throws IOException {
        if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
            throw new IOException("written by another grader version or for another key");
        }
        String digest = in.readUTF();
        int count = count(in);
        List<LayerEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String path = readString(in);
            EntryType type = TYPES[in.readUnsignedByte()];
            long size = in.readLong();
            int mode = in.readInt();
            String linkTarget = readString(in);
            byte[] captured = in.readNBytes(in.readInt());
            entries.add(new LayerEntry(path, type, size, mode, linkTarget, captured));
        }
        return LayerIndex.restored(digest, entries, readStrings(in), readStrings(in));
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count + " is no layer's");
        }
        return count;
    }

    /** Unlike {@code writeUTF}, takes strings of any length: tar paths and link targets may exceed 64 KiB. */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(readString(in));
        }
        return texts;
    }

    @Override
    public String toString() {
        return "layer cache in " + dir;
    }
}
