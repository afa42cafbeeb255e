package dojo.build;

/**
 * One step of a BuildKit build, as its progress output names it.
 *
 * @param name   the step, for example {@code [build 4/6] RUN ./fetch-private-deps.sh}
 * @param cached whether BuildKit reused it from its cache instead of running it
 */
public record BuildStep(String name, boolean cached) {
}
