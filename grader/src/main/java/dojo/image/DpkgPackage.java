package dojo.image;

/**
 * A Debian package installed in an image.
 *
 * @param name the package name, such as {@code gcc-12}
 * @param version the installed version, such as {@code 12.2.0-14}
 * @param installedSizeKiB the size dpkg estimates it takes on disk, in KiB; zero if the package does not say
 */
public record DpkgPackage(String name, String version, long installedSizeKiB) {
}
