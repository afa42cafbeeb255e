package dojo.image;

/**
 * A build tool left in an image's final filesystem.
 *
 * @param name the executable's name as found, such as {@code cc} or {@code x86_64-linux-gnu-gcc-12}
 * @param path where it was found, such as {@code /usr/bin/cc}
 * @param resolvedPath the regular file that runs, after following links, such as
 *     {@code /usr/bin/x86_64-linux-gnu-gcc-12}; equal to {@code path} for a plain file
 */
public record Toolchain(String name, String path, String resolvedPath) {
}
