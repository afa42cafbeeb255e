package dojo.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * One layer's tar, indexed: every entry's metadata, the whiteouts that delete lower-layer paths, and the captured
 * bytes of the files a {@link FileInterest} asked for.
 *
 * <p>The tar is read once, front to back, and its content is never held except for those captured heads.
 */
public final class LayerIndex {

    private static final String WHITEOUT_PREFIX = ".wh.";
    private static final String OPAQUE_MARKER = ".wh..wh..opq";
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER_BYTES = 65536;

    private final String digest;
    private final List<LayerEntry> entries;
    private final List<String> whiteouts;
    private final List<String> opaqueDirs;
    private final long size;

    private LayerIndex(String digest, List<LayerEntry> entries, List<String> whiteouts, List<String> opaqueDirs) {
        this.digest = digest;
        this.entries = List.copyOf(entries);
        this.whiteouts = List.copyOf(whiteouts);
        this.opaqueDirs = List.copyOf(opaqueDirs);
        this.size = entries.stream().filter(e -> e.type() == EntryType.FILE).mapToLong(LayerEntry::size).sum();
    }

    /** An index written out before, such as a {@link LayerCache} on disk reads back. */
    static LayerIndex restored(String digest, List<LayerEntry> entries, List<String> whiteouts,
            List<String> opaqueDirs) {
        return new LayerIndex(digest, entries, whiteouts, opaqueDirs);
    }

    /**
     * Indexes a layer tar, plain or gzip-compressed, reading the stream to its end but not closing it.
     *
     * @param layerTar the layer's bytes as the image archive stores them
     * @param interest which files to keep leading bytes of
     * @throws IOException if the stream cannot be read or is not a tar
     */
    public static LayerIndex read(InputStream layerTar, FileInterest interest) throws IOException {
        HashingInputStream hashed = new HashingInputStream(layerTar);
        LayerIndex index = readUnhashed(hashed, interest);
        return index.withDigest(hashed.drainAndDigest());
    }

    /**
     * Indexes a layer tar without hashing it, leaving the digest empty until {@link #withDigest} sets it. An image
     * archive names each layer's digest already, and hashing every byte of a large image costs more than all the
     * rest of the indexing.
     */
    static LayerIndex readUnhashed(InputStream layerTar, FileInterest interest) throws IOException {
        BufferedInputStream buffered = layerTar instanceof BufferedInputStream b ? b
                : new BufferedInputStream(layerTar, BUFFER_BYTES);
        InputStream tarBytes = isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER_BYTES) : buffered;
        List<LayerEntry> entries = new ArrayList<>();
        List<String> whiteouts = new ArrayList<>();
        List<String> opaqueDirs = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(tarBytes)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String path = ImagePaths.normalize(entry.getName());
                String name = ImagePaths.name(path);
                if (name.equals(OPAQUE_MARKER)) {
                    opaqueDirs.add(ImagePaths.parent(path));
                } else if (name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) {
                    // Other `.wh..wh.` names are overlay bookkeeping (such as AUFS hardlink dirs), not deletions.
                    continue;
                } else if (name.startsWith(WHITEOUT_PREFIX)) {
                    String deleted = name.substring(WHITEOUT_PREFIX.length());
                    whiteouts.add(ImagePaths.child(ImagePaths.parent(path), deleted));
                } else {
                    entries.add(toEntry(path, entry, tar, interest));
                }
            }
        }
        return new LayerIndex("", entries, whiteouts, opaqueDirs);
    }

    /** The same index with the digest its archive names for it. */
    LayerIndex withDigest(String layerDigest) {
        return new LayerIndex(layerDigest, entries, whiteouts, opaqueDirs);
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }

    private static LayerEntry toEntry(String path, TarArchiveEntry entry, InputStream content, FileInterest interest)
            throws IOException {
        int mode = entry.getMode() & 07777;
        if (entry.isSymbolicLink()) {
            return new LayerEntry(path, EntryType.SYMLINK, 0, mode, entry.getLinkName(), null);
        }
        if (entry.isLink()) {
            return new LayerEntry(path, EntryType.HARDLINK, 0, mode, ImagePaths.normalize(entry.getLinkName()), null);
        }
        if (entry.isDirectory()) {
            return new LayerEntry(path, EntryType.DIRECTORY, 0, mode, null, null);
        }
        if (entry.isFile()) {
            int keep = interest.bytesToKeep(path);
            byte[] captured = keep > 0 ? content.readNBytes((int) Math.min(keep, entry.getSize())) : null;
            return new LayerEntry(path, EntryType.FILE, entry.getSize(), mode, null, captured);
        }
        return new LayerEntry(path, EntryType.OTHER, 0, mode, null, null);
    }

    /**
     * The {@code sha256:<hex>} digest of the layer's bytes exactly as read, compressed or not; for a layer read from
     * an image archive, the digest the archive names for it.
     */
    public String digest() {
        return digest;
    }

    /** Every entry except whiteout markers, in tar order. */
    public List<LayerEntry> entries() {
        return entries;
    }

    /** The normalized paths this layer deletes from the layers below, one per {@code .wh.<name>} marker. */
    public List<String> whiteouts() {
        return whiteouts;
    }

    /** The directories whose lower-layer content this layer hides, one per {@code .wh..wh..opq} marker. */
    public List<String> opaqueDirs() {
        return opaqueDirs;
    }

    /** The sum of the sizes of the layer's regular files, in bytes. */
    public long size() {
        return size;
    }

    @Override
    public String toString() {
        return "LayerIndex[" + digest + ", " + entries.size() + " entries, " + size + " bytes]";
    }
}
