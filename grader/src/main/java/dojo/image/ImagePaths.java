package dojo.image;

import java.util.ArrayList;
import java.util.List;

/** Path arithmetic on the image's own root, independent of the machine the grader runs on. */
final class ImagePaths {

    static final String ROOT = "/";

    private ImagePaths() {
    }

    /**
     * Makes a tar entry name or a user-given path absolute and canonical: {@code ./usr/bin/} becomes
     * {@code /usr/bin}. Empty and {@code .} components go; {@code ..} is left for the caller, because in a layer it
     * would be a malformed entry and in a lookup it must be resolved against symlinks.
     */
    static String normalize(String name) {
        StringBuilder path = new StringBuilder();
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            path.append('/').append(part);
        }
        return path.length() == 0 ? ROOT : path.toString();
    }

    static List<String> components(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? ROOT : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String child(String dir, String name) {
        return dir.equals(ROOT) ? ROOT + name : dir + "/" + name;
    }

    /** The prefix shared by every path strictly below {@code dir}. */
    static String descendantPrefix(String dir) {
        return dir.equals(ROOT) ? ROOT : dir + "/";
    }

    /** The first string after every string that starts with {@code prefix}, for range views of sorted maps. */
    static String afterPrefix(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
