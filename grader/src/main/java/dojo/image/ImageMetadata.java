package dojo.image;

import java.util.List;

/**
 * What the engine says about an image without opening it.
 *
 * @param id           the image id
 * @param sizeBytes    the size as {@code docker image ls} shows it
 * @param layers       how many filesystem layers it has
 * @param user         the configured user; empty means root
 * @param entrypoint   the configured entrypoint
 * @param cmd          the configured command
 * @param exposedPorts exposed ports such as {@code 8080/tcp}
 * @param env          environment entries such as {@code PATH=/usr/bin}
 */
public record ImageMetadata(String id, long sizeBytes, int layers, String user, List<String> entrypoint,
                            List<String> cmd, List<String> exposedPorts, List<String> env) {

    /** The directories of the image's PATH, in order; Docker's default when none is set. */
    public List<String> pathDirs() {
        return env.stream().filter(entry -> entry.startsWith("PATH=")).findFirst()
                .map(entry -> List.of(entry.substring(5).split(":")))
                .orElse(List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"));
    }
}
