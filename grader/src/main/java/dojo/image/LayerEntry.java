package dojo.image;

import java.util.Objects;

/**
 * One entry of a layer tar.
 *
 * @param path absolute, normalized path such as {@code /usr/bin/gcc}
 * @param type what kind of entry it is
 * @param size content size in bytes; zero for everything but regular files
 * @param mode permission bits ({@code 07777}), without the file type
 * @param linkTarget for a symlink the target exactly as stored; for a hardlink the normalized absolute path of the
 *     linked file; empty otherwise
 * @param captured the leading bytes kept because a {@link FileInterest} asked for them, or an empty array
 */
public record LayerEntry(String path, EntryType type, long size, int mode, String linkTarget, byte[] captured) {

    private static final byte[] NOTHING = new byte[0];

    /** Checks the components; a missing link target or capture means none. */
    public LayerEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        linkTarget = linkTarget == null ? "" : linkTarget;
        captured = captured == null ? NOTHING : captured;
    }
}
