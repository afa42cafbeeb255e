package dojo.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Writes small synthetic layer tars the way the engine stores them: relative names, directories with a slash. */
final class LayerTarBuilder {

    private final List<TarArchiveEntry> entries = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    private LayerTarBuilder() {
    }

    static LayerTarBuilder layer() {
        return new LayerTarBuilder();
    }

    /**
     * A layer described by a listing under {@code src/test/resources/dojo/image}, one entry a line:
     * {@code dir PATH}, {@code file PATH}, {@code exec PATH}, {@code link PATH TARGET}, {@code hardlink PATH TARGET},
     * {@code whiteout PATH}; {@code #} starts a comment.
     */
    static LayerTarBuilder fromListing(String resource) {
        LayerTarBuilder layer = layer();
        try (InputStream in = LayerTarBuilder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource dojo/image/" + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.strip().split("\\s+");
                switch (words[0]) {
                    case "dir" -> layer.dir(words[1]);
                    case "file" -> layer.file(words[1], "");
                    case "exec" -> layer.executable(words[1], "");
                    case "link" -> layer.symlink(words[1], words[2]);
                    case "hardlink" -> layer.hardlink(words[1], words[2]);
                    case "whiteout" -> layer.whiteout(words[1]);
                    default -> {
                        if (!words[0].isEmpty() && !words[0].startsWith("#")) {
                            throw new IllegalArgumentException("unknown entry kind in " + resource + ": " + line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layer;
    }

    LayerTarBuilder dir(String path) {
        return add(new TarArchiveEntry(relative(path) + "/", TarConstants.LF_DIR), 0755, new byte[0]);
    }

    LayerTarBuilder file(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), 0644);
    }

    LayerTarBuilder executable(String path, String content) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), 0755);
    }

    LayerTarBuilder file(String path, byte[] content, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(relative(path));
        entry.setSize(content.length);
        return add(entry, mode, content);
    }

    LayerTarBuilder symlink(String path, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(relative(path), TarConstants.LF_SYMLINK);
        entry.setLinkName(target);
        return add(entry, 0777, new byte[0]);
    }

    LayerTarBuilder hardlink(String path, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(relative(path), TarConstants.LF_LINK);
        entry.setLinkName(relative(target));
        return add(entry, 0755, new byte[0]);
    }

    /** Marks a path of a lower layer deleted, as overlay's {@code .wh.<name>} file. */
    LayerTarBuilder whiteout(String path) {
        String parent = ImagePaths.parent(path);
        return file(ImagePaths.child(parent, ".wh." + ImagePaths.name(path)), new byte[0], 0644);
    }

    /** Marks a directory's lower-layer content hidden, as overlay's {@code .wh..wh..opq} file. */
    LayerTarBuilder opaque(String dir) {
        return file(ImagePaths.child(dir, ".wh..wh..opq"), new byte[0], 0644);
    }

    byte[] build() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeTo(bytes);
        return bytes.toByteArray();
    }

    byte[] buildGzipped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            writeTo(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    LayerIndex index() {
        return index(FileInterest.none());
    }

    LayerIndex index(FileInterest interest) {
        try {
            return LayerIndex.read(new ByteArrayInputStream(build()), interest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTo(OutputStream out) {
        try {
            TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < entries.size(); i++) {
                tar.putArchiveEntry(entries.get(i));
                tar.write(contents.get(i));
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LayerTarBuilder add(TarArchiveEntry entry, int mode, byte[] content) {
        entry.setMode(mode);
        entries.add(entry);
        contents.add(content);
        return this;
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
