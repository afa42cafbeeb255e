package dojo.image;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Looks for one exact value, such as a kata's build token, in every byte of an image archive: each file of each
 * layer (files a later layer deleted included, since the layer still ships them), the config and the history. It
 * streams the archive once and keeps only a needle's length of overlap in memory.
 */
public final class NeedleSearch {

    private static final int CHUNK = 64 * 1024;

    private NeedleSearch() {
    }

    /**
     * Where the value occurs: {@code layer <archive path>: /etc/token} for a layer's file, or the archive path of a
     * config or manifest document.
     */
    public static List<String> find(InputStream saveTar, String value) throws IOException {
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        if (needle.length == 0) {
            throw new IllegalArgumentException("an empty value would match everywhere");
        }
        List<String> found = new ArrayList<>();
        List<String> layerOrder = List.of();
        TarArchiveInputStream outer = new TarArchiveInputStream(saveTar);
        for (TarArchiveEntry entry = outer.getNextEntry(); entry != null; entry = outer.getNextEntry()) {
            if (!entry.isFile()) {
                continue;
            }
            BufferedInputStream content = new BufferedInputStream(new Unclosable(outer), CHUNK);
            if (looksLikeTar(content)) {
                searchLayer(entry.getName(), content, needle, found);
            } else if (entry.getName().equals("manifest.json")) {
                byte[] manifest = content.readAllBytes();
                layerOrder = layers(manifest);
                if (contains(new java.io.ByteArrayInputStream(manifest), needle)) {
                    found.add(entry.getName());
                }
            } else if (contains(content, needle)) {
                found.add(entry.getName());
            }
        }
        return numbered(found, layerOrder);
    }

    /** The manifest lists the layers bottom first; it usually comes after them in the stream. */
    private static List<String> layers(byte[] manifest) {
        try {
            List<String> order = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest).path(0).path("Layers")
                    .forEach(layer -> order.add(layer.asText()));
            return order;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Names layers as a learner counts them, "layer 3 of 5", where the manifest says which is which. */
    private static List<String> numbered(List<String> found, List<String> order) {
        List<String> named = new ArrayList<>();
        for (String place : found) {
            String result = place;
            for (int i = 0; i < order.size(); i++) {
                String prefix = "layer " + order.get(i) + ":";
                if (place.startsWith(prefix)) {
                    result = "layer " + (i + 1) + " of " + order.size() + ":" + place.substring(prefix.length());
                }
            }
            named.add(result);
        }
        return named;
    }

    private static void searchLayer(String layer, BufferedInputStream content, byte[] needle, List<String> found)
            throws IOException {
        InputStream bytes = isGzip(content) ? new GZIPInputStream(content, CHUNK) : content;
        TarArchiveInputStream tar = new TarArchiveInputStream(bytes);
        for (TarArchiveEntry file = tar.getNextEntry(); file != null; file = tar.getNextEntry()) {
            if (file.isFile() && contains(tar, needle)) {
                found.add("layer " + layer + ": /" + file.getName().replaceFirst("^\\./", ""));
            }
        }
    }

    /** Whether the stream holds the needle, reading it to its end. */
    static boolean contains(InputStream in, byte[] needle) throws IOException {
        byte[] window = new byte[CHUNK + needle.length];
        int kept = 0;
        boolean hit = false;
        for (int read = in.read(window, kept, CHUNK); read > 0; read = in.read(window, kept, CHUNK)) {
            int length = kept + read;
            if (!hit && indexOf(window, length, needle) >= 0) {
                hit = true;
            }
            kept = Math.min(needle.length - 1, length);
            System.arraycopy(window, length - kept, window, 0, kept);
        }
        return hit;
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        byte first = needle[0];
        for (int i = 0; i <= length - needle.length; i++) {
            if (haystack[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeTar(BufferedInputStream in) throws IOException {
        in.mark(512);
        byte[] header = in.readNBytes(512);
        in.reset();
        if (header.length >= 2 && (header[0] & 0xff) == 0x1f && (header[1] & 0xff) == 0x8b) {
            return true;
        }
        return header.length == 512 && new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }

    /** Keeps an inner reader from closing the outer archive. */
    private static final class Unclosable extends FilterInputStream {

        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The outer tar stream moves on to its next entry instead.
        }
    }
}
