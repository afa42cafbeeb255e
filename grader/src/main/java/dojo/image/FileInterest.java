package dojo.image;

import java.util.Map;

/**
 * Which regular files of a layer are worth keeping bytes of, and how many.
 *
 * <p>Reading an image keeps no file content except what an interest asks for, so that a multi-gigabyte image can be
 * analysed with a flat heap.
 */
@FunctionalInterface
public interface FileInterest {

    /**
     * Tells how many leading bytes of a regular file to keep.
     *
     * @param path the file's normalized absolute path, such as {@code /var/lib/dpkg/status}
     * @return the number of bytes to keep; zero or less keeps none
     */
    int bytesToKeep(String path);

    /** An interest in nothing: no file content is kept. */
    static FileInterest none() {
        return path -> 0;
    }

    /**
     * An interest in the files named by the keys of {@code bytesByPath}.
     *
     * @param bytesByPath normalized absolute paths mapped to the number of leading bytes to keep
     */
    static FileInterest of(Map<String, Integer> bytesByPath) {
        Map<String, Integer> copy = Map.copyOf(bytesByPath);
        return path -> copy.getOrDefault(path, 0);
    }
}
