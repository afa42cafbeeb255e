package dojo.image;

import java.util.Objects;

/**
 * One path of an image's merged filesystem.
 *
 * @param path absolute, normalized path
 * @param type what kind of entry it is
 * @param size content size in bytes; zero for everything but regular files
 * @param mode permission bits ({@code 07777})
 * @param linkTarget for a symlink the target as stored, for a hardlink the absolute linked path, empty otherwise
 * @param captured the leading bytes a {@link FileInterest} asked for, or an empty array
 * @param layer index, bottom first, of the layer that provided this node; a directory that no layer recorded but
 *     whose children exist carries the layer of the child that implied it
 */
public record FileNode(String path, EntryType type, long size, int mode, String linkTarget, byte[] captured,
        int layer) {

    private static final byte[] NOTHING = new byte[0];

    /** Checks the components; a missing link target or capture means none. */
    public FileNode {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        linkTarget = linkTarget == null ? "" : linkTarget;
        captured = captured == null ? NOTHING : captured;
    }

    static FileNode from(LayerEntry entry, int layer) {
        return new FileNode(entry.path(), entry.type(), entry.size(), entry.mode(), entry.linkTarget(),
                entry.captured(), layer);
    }

    static FileNode impliedDirectory(String path, int layer) {
        return new FileNode(path, EntryType.DIRECTORY, 0, 0755, null, null, layer);
    }

    /** Whether this is a regular file that someone may execute: a link is never executable itself. */
    public boolean isExecutable() {
        return type == EntryType.FILE && (mode & 0111) != 0;
    }
}
