package dojo.image;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The filesystem a container of the image starts with: its layers applied bottom first, the way an overlay
 * storage driver stacks them.
 */
public final class ImageFilesystem {

    /** The Linux kernel's limit on symlinks followed in one lookup. */
    private static final int MAX_LINK_HOPS = 40;

    private final NavigableMap<String, FileNode> nodes;

    private ImageFilesystem(NavigableMap<String, FileNode> nodes) {
        this.nodes = Collections.unmodifiableNavigableMap(nodes);
    }

    /**
     * Merges layers. Within each layer, first its opaque directories hide all lower content below them and its
     * whiteouts delete their path and everything under it from the lower layers; then its entries are added, each
     * replacing what was at its path, and a non-directory replacing a directory takes the directory's children
     * with it.
     *
     * @param layersBottomFirst the layers in manifest order, base layer first
     */
    public static ImageFilesystem of(List<LayerIndex> layersBottomFirst) {
        TreeMap<String, FileNode> nodes = new TreeMap<>();
        for (int layer = 0; layer < layersBottomFirst.size(); layer++) {
            LayerIndex index = layersBottomFirst.get(layer);
            for (String dir : index.opaqueDirs()) {
                removeDescendants(nodes, dir);
            }
            for (String deleted : index.whiteouts()) {
                nodes.remove(deleted);
                removeDescendants(nodes, deleted);
            }
            for (LayerEntry entry : index.entries()) {
                add(nodes, FileNode.from(entry, layer));
            }
        }
        return new ImageFilesystem(nodes);
    }

    private static void add(TreeMap<String, FileNode> nodes, FileNode node) {
        addImpliedParents(nodes, node.path(), node.layer());
        FileNode previous = nodes.put(node.path(), node);
        if (previous != null && previous.type() == EntryType.DIRECTORY && node.type() != EntryType.DIRECTORY) {
            removeDescendants(nodes, node.path());
        }
    }

    private static void addImpliedParents(TreeMap<String, FileNode> nodes, String path, int layer) {
        if (path.equals(ImagePaths.ROOT)) {
            return;
        }
        String parent = ImagePaths.parent(path);
        FileNode existing = nodes.get(parent);
        if (existing != null && existing.type() == EntryType.DIRECTORY) {
            return;
        }
        addImpliedParents(nodes, parent, layer);
        // A layer that puts a file below a lower layer's non-directory has replaced it with a directory.
        add(nodes, FileNode.impliedDirectory(parent, layer));
    }

    private static void removeDescendants(NavigableMap<String, FileNode> nodes, String dir) {
        descendants(nodes, dir).clear();
    }

    private static NavigableMap<String, FileNode> descendants(NavigableMap<String, FileNode> nodes, String dir) {
        String prefix = ImagePaths.descendantPrefix(dir);
        return nodes.subMap(prefix, false, ImagePaths.afterPrefix(prefix), false);
    }

    /**
     * The node at exactly this path, following no symlink.
     *
     * @param path an absolute path; {@code usr/bin/} is read as {@code /usr/bin}
     */
    public Optional<FileNode> get(String path) {
        return Optional.ofNullable(nodes.get(ImagePaths.normalize(path)));
    }

    /**
     * The node a process would reach by opening this path: symlinks are followed in every component, absolute
     * targets from the image root and relative ones from the link's directory, {@code ..} stops at the root, and a
     * hardlink leads to the file it links.
     *
     * @param path an absolute path
     * @return the node reached, or empty if the path is dangling, loops, or passes through a non-directory
     */
    public Optional<FileNode> resolve(String path) {
        Deque<String> pending = new ArrayDeque<>(ImagePaths.components(path));
        String current = ImagePaths.ROOT;
        int hops = 0;
        while (!pending.isEmpty()) {
            String part = pending.pop();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                current = ImagePaths.parent(current);
                continue;
            }
            String candidate = ImagePaths.child(current, part);
            FileNode node = nodes.get(candidate);
            if (node == null) {
                return Optional.empty();
            }
            if (node.type() == EntryType.SYMLINK || node.type() == EntryType.HARDLINK) {
                if (++hops > MAX_LINK_HOPS) {
                    return Optional.empty();
                }
                String target = node.linkTarget();
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                List<String> targetParts = ImagePaths.components(target);
                for (int i = targetParts.size() - 1; i >= 0; i--) {
                    pending.push(targetParts.get(i));
                }
                if (target.startsWith("/") || node.type() == EntryType.HARDLINK) {
                    current = ImagePaths.ROOT;
                }
                continue;
            }
            if (!pending.isEmpty() && node.type() != EntryType.DIRECTORY) {
                return Optional.empty();
            }
            current = candidate;
        }
        return Optional.ofNullable(nodes.get(current));
    }

    /** Every node, sorted by path. */
    public Collection<FileNode> files() {
        return nodes.values();
    }

    /**
     * The direct children of a directory, sorted by path, following no symlink.
     *
     * @param dir an absolute path; list the result of {@link #resolve} to look through a linked directory
     */
    public List<FileNode> list(String dir) {
        String normalized = ImagePaths.normalize(dir);
        String prefix = ImagePaths.descendantPrefix(normalized);
        List<FileNode> children = new ArrayList<>();
        for (FileNode node : descendants(nodes, normalized).values()) {
            if (node.path().indexOf('/', prefix.length()) < 0) {
                children.add(node);
            }
        }
        return children;
    }
}
