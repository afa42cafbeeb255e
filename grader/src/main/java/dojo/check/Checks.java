package dojo.check;

import dojo.dockerfile.Dockerfile;
import dojo.dockerfile.Stage;
import dojo.image.Toolchain;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The graded checks, as pure functions from what was measured to a {@link CheckResult}. Failure messages follow one
 * shape: the requirement, the actual value on its own line, the expected value, then the next step.
 */
public final class Checks {

    public static final String BUILDS = "builds";
    public static final String APP_RESPONDS = "app-responds";
    public static final String SIZE = "size";
    public static final String NO_TOOLCHAIN = "no-toolchain";
    public static final String NON_ROOT = "non-root";
    public static final String MULTI_STAGE = "multi-stage";
    public static final String NO_SOURCES = "no-sources";
    public static final String EXEC_FORM = "exec-form";
    public static final String NO_PACKAGE_MANAGER = "no-package-manager";
    public static final String NO_BUILD_SECRET = "no-build-secret";
    public static final String CACHE_REUSE = "cache-reuse";

    /** The order checks appear in on report cards. */
    public static final List<String> ORDER = List.of(BUILDS, APP_RESPONDS, SIZE, NO_TOOLCHAIN, NON_ROOT, MULTI_STAGE,
            NO_SOURCES, EXEC_FORM, NO_BUILD_SECRET, CACHE_REUSE, NO_PACKAGE_MANAGER);

    /** Titles of the checks whose requirement does not depend on the kata. */
    private static final java.util.Map<String, String> TITLES = java.util.Map.of(
            BUILDS, "the Dockerfile builds",
            NO_TOOLCHAIN, "no build toolchain in the final image",
            NON_ROOT, "the app runs as a non-root user",
            MULTI_STAGE, "the final stage copies its artifact from a build stage",
            NO_SOURCES, "no build sources or .git in the final image",
            EXEC_FORM, "the entrypoint is in exec form",
            NO_PACKAGE_MANAGER, "no package manager in the final image (gold)",
            NO_BUILD_SECRET, "the build secret is in no layer, history or config");

    private Checks() {
    }

    /** What the size check requires, for example "image is at most 20 MB". */
    public static String sizeTitle(long limit) {
        return "image is at most " + Size.format(limit);
    }

    /** What the cache check requires. */
    public static String cacheTitle(String dependencyStep) {
        return "a source change rebuilds without re-running " + dependencyStep;
    }

    /** A check, with a fixed requirement, that could not be measured because an earlier step failed. */
    public static CheckResult notMeasured(String name, String because) {
        CheckResult result = notMeasured(name, TITLES.getOrDefault(name, name), because);
        return name.equals(NO_PACKAGE_MANAGER) ? result.forGold() : result;
    }

    public static CheckResult built(String builder, Duration took) {
        return CheckResult.pass(BUILDS, TITLES.get(BUILDS), seconds(took), "",
                "built in " + seconds(took) + " with " + builder);
    }

    public static CheckResult buildFailed(String problem, String step, List<String> lastLines, String remedy) {
        StringBuilder message = new StringBuilder("Expecting the Dockerfile to build, but it did not:\n  ")
                .append(problem);
        if (!step.isEmpty()) {
            message.append("\n  failing step: ").append(step);
        }
        if (!lastLines.isEmpty()) {
            message.append("\n  its last lines:");
            lastLines.forEach(line -> message.append("\n    | ").append(line));
        }
        message.append("\nNext step: ").append(remedy);
        return CheckResult.fail(BUILDS, TITLES.get(BUILDS), "failed", "builds", message.toString());
    }

    /** A check that could not be measured because an earlier step failed. */
    public static CheckResult notMeasured(String name, String title, String because) {
        return CheckResult.error(name, title, "Not measured: " + because);
    }

    public static CheckResult size(long bytes, long limit, long gold) {
        String title = sizeTitle(limit);
        String measured = Size.format(bytes);
        if (bytes <= limit) {
            String tier = bytes <= gold ? " (gold: at most " + Size.format(gold) + ")"
                    : " (gold needs at most " + Size.format(gold) + ")";
            return CheckResult.pass(SIZE, title, bytes <= gold ? measured + " (gold)" : measured,
                    "at most " + Size.format(limit), measured + tier);
        }
        return CheckResult.fail(SIZE, title, measured, "at most " + Size.format(limit),
                shape("Expecting the image to be at most " + Size.format(limit), measured,
                        "at most " + Size.format(limit) + " (" + ratio(bytes, limit) + " over)", Remedies.SHRINK));
    }

    public static CheckResult noToolchain(List<Toolchain> found) {
        return noToolchain(found, List.of());
    }

    /**
     * No compiler or build tool in the final image: none found by name in an executable location, and none of the
     * installed Debian packages a compiler or build tool, whatever became of its files.
     */
    public static CheckResult noToolchain(List<Toolchain> found, List<String> toolchainPackages) {
        String title = TITLES.get(NO_TOOLCHAIN);
        if (found.isEmpty() && toolchainPackages.isEmpty()) {
            return CheckResult.pass(NO_TOOLCHAIN, title, "none", "none", "no compiler or build tool found");
        }
        List<String> distinct = found.stream().map(Toolchain::name).distinct().sorted().toList();
        if (distinct.isEmpty()) {
            String packages = String.join(", ", toolchainPackages);
            return CheckResult.fail(NO_TOOLCHAIN, title, "packages: " + abbreviate(packages), "none",
                    "Expecting no build toolchain in the final image\n  but the dpkg database lists these installed"
                            + " toolchain packages: " + packages + "\n  expected: none\nNext step: "
                            + Remedies.DROP_TOOLCHAIN);
        }
        String names = String.join(", ", distinct);
        String measured = distinct.size() <= 5 ? names
                : String.join(", ", distinct.subList(0, 5)) + " and " + (distinct.size() - 5) + " more";
        String where = found.stream().limit(12)
                .map(t -> t.path() + (t.resolvedPath().equals(t.path()) ? "" : " -> " + t.resolvedPath()))
                .collect(Collectors.joining("\n    "));
        String more = found.size() > 12 ? "\n    ... and " + (found.size() - 12) + " more" : "";
        String packages = toolchainPackages.isEmpty() ? ""
                : "\n  installed toolchain packages: " + String.join(", ", toolchainPackages);
        return CheckResult.fail(NO_TOOLCHAIN, title, measured, "none",
                "Expecting no build toolchain in the final image\n  but found: " + names + "\n    " + where + more
                        + packages + "\n  expected: none\nNext step: " + Remedies.DROP_TOOLCHAIN);
    }

    public static CheckResult nonRoot(String configuredUser) {
        return nonRoot(configuredUser, java.util.OptionalLong.empty());
    }

    /**
     * The configured user is not root.
     *
     * @param passwdUid the uid the image's {@code /etc/passwd} gives a named user, when it names one
     */
    public static CheckResult nonRoot(String configuredUser, java.util.OptionalLong passwdUid) {
        String title = TITLES.get(NON_ROOT);
        String user = configuredUser == null ? "" : configuredUser.trim();
        String shown = user.isEmpty() ? "root (no USER set)" : user;
        if (!isRoot(user, passwdUid)) {
            return CheckResult.pass(NON_ROOT, title, shown, "not root", "runs as " + shown);
        }
        String actual = user.isEmpty() || isRootName(user) ? shown : shown + ", which is uid 0 (root)";
        return CheckResult.fail(NON_ROOT, title, actual, "not root",
                shape("Expecting the final stage to set a non-root USER", actual, "a user other than root or 0",
                        Remedies.NON_ROOT));
    }

    static boolean isRoot(String user, java.util.OptionalLong passwdUid) {
        if (user.isEmpty() || isRootName(user)) {
            return true;
        }
        String name = user.split(":", 2)[0];
        if (name.matches("\\d+")) {
            // 0, 00 and 0000 are all uid 0 to the kernel.
            return new java.math.BigInteger(name).signum() == 0;
        }
        return passwdUid.isPresent() && passwdUid.getAsLong() == 0;
    }

    private static boolean isRootName(String user) {
        return user.split(":", 2)[0].toLowerCase(Locale.ROOT).equals("root");
    }

    public static CheckResult multiStage(Dockerfile dockerfile) {
        String title = TITLES.get(MULTI_STAGE);
        Stage last = dockerfile.finalStage();
        if (dockerfile.isMultiStage()) {
            String from = last.copySources().stream().filter(source -> source.stage().isPresent())
                    .map(source -> source.reference()).distinct().collect(Collectors.joining(", "));
            return CheckResult.pass(MULTI_STAGE, title, dockerfile.stages().size() + " stages", "multi-stage",
                    "the final stage copies from " + (from.isEmpty() ? "an earlier stage" : from));
        }
        String actual = dockerfile.stages().size() == 1
                ? "one stage (line " + last.line() + ": FROM " + last.baseName() + ")"
                : dockerfile.stages().size() + " stages, but the final one (line " + last.line()
                + ") copies nothing from another stage";
        return CheckResult.fail(MULTI_STAGE, title, actual, "multi-stage",
                shape("Expecting the final stage to COPY --from an earlier stage of this Dockerfile", actual,
                        "a COPY --from=<stage> in the final stage", Remedies.MULTI_STAGE));
    }

    public static CheckResult noSources(List<String> found) {
        String title = TITLES.get(NO_SOURCES);
        if (found.isEmpty()) {
            return CheckResult.pass(NO_SOURCES, title, "none", "none", "no source files or .git found");
        }
        String listed = found.stream().limit(8).collect(Collectors.joining("\n    "));
        String more = found.size() > 8 ? "\n    ... and " + (found.size() - 8) + " more" : "";
        return CheckResult.fail(NO_SOURCES, title, found.size() == 1 ? found.get(0) : found.size() + " paths", "none",
                "Expecting no source files or .git in the final image\n  but found:\n    " + listed + more
                        + "\n  expected: none\nNext step: " + Remedies.NO_SOURCES);
    }

    /**
     * The image starts its program directly, so that it receives signals: an exec-form ENTRYPOINT or CMD. Docker
     * stores a shell-form one as {@code ["/bin/sh", "-c", "..."]}.
     */
    public static CheckResult execForm(List<String> entrypoint, List<String> cmd) {
        String title = TITLES.get(EXEC_FORM);
        List<String> argv = entrypoint.isEmpty() ? cmd : entrypoint;
        String shown = argv.isEmpty() ? "none" : "[" + argv.stream().map(a -> "\"" + a + "\"")
                .collect(Collectors.joining(", ")) + "]";
        boolean shellForm = argv.size() >= 2 && argv.get(0).endsWith("/sh") && argv.get(1).equals("-c");
        if (!argv.isEmpty() && !shellForm) {
            return CheckResult.pass(EXEC_FORM, title, abbreviate(shown), "exec form", "starts " + argv.get(0));
        }
        String actual = argv.isEmpty() ? "no ENTRYPOINT or CMD" : "shell form, stored as " + shown;
        return CheckResult.fail(EXEC_FORM, title, argv.isEmpty() ? "none" : "shell form", "exec form",
                shape("Expecting an exec-form ENTRYPOINT or CMD, which runs the app as PID 1 so it gets signals",
                        actual, "for example ENTRYPOINT [\"/app\"]", Remedies.EXEC_FORM));
    }

    public static CheckResult noPackageManager(List<Toolchain> found) {
        String title = TITLES.get(NO_PACKAGE_MANAGER);
        if (found.isEmpty()) {
            return CheckResult.pass(NO_PACKAGE_MANAGER, title, "none", "none", "no package manager found")
                    .forGold();
        }
        String names = found.stream().map(Toolchain::name).distinct().sorted().collect(Collectors.joining(", "));
        return CheckResult.fail(NO_PACKAGE_MANAGER, title, abbreviate(names), "none",
                "Expecting no package manager in the final image (needed for gold only)\n  but found: " + names
                        + "\n  expected: none\nNext step: " + Remedies.NO_PACKAGE_MANAGER).forGold();
    }

    public static CheckResult noBuildSecret(List<String> foundIn) {
        String title = TITLES.get(NO_BUILD_SECRET);
        if (foundIn.isEmpty()) {
            return CheckResult.pass(NO_BUILD_SECRET, title, "not found", "not found",
                    "the secret's value is in no layer of the final image, nor in its history or config");
        }
        String where = foundIn.stream().limit(10).collect(Collectors.joining("\n    "));
        return CheckResult.fail(NO_BUILD_SECRET, title, "found in " + foundIn.size()
                        + (foundIn.size() == 1 ? " place" : " places"), "not found",
                "Expecting the build secret's value in no layer, history or config of the final image\n"
                        + "  but found it in:\n    " + where + "\n  expected: nowhere\nNext step: "
                        + Remedies.BUILD_SECRET);
    }

    /**
     * After a one-line source change, the dependency step comes from the cache.
     *
     * @param dependencyStep text that names the dependency step, for example {@code fetch-private-deps}
     * @param ranAgain       the steps the rebuild ran
     * @param cached         the steps the rebuild took from the cache
     */
    public static CheckResult cacheReuse(String changedFile, String dependencyStep, List<String> ranAgain,
                                         List<String> cached) {
        String title = cacheTitle(dependencyStep);
        boolean inRan = ranAgain.stream().anyMatch(step -> step.contains(dependencyStep));
        boolean inCached = cached.stream().anyMatch(step -> step.contains(dependencyStep));
        String ran = ranAgain.isEmpty() ? "none" : String.join("\n    ", ranAgain);
        if (inCached && !inRan) {
            return CheckResult.pass(CACHE_REUSE, title, ranAgain.size() + " of " + (ranAgain.size() + cached.size())
                    + " steps ran again", dependencyStep + " cached", "after changing " + changedFile
                    + ", the steps that ran again were:\n    " + ran);
        }
        String actual = inRan ? "the step with " + dependencyStep + " ran again" : "no step mentions "
                + dependencyStep;
        return CheckResult.fail(CACHE_REUSE, title, actual, dependencyStep + " cached",
                "Expecting the step with " + dependencyStep + " to come from the cache after " + changedFile
                        + " changed\n  but was: " + actual + "; the steps that ran again were:\n    " + ran
                        + "\n  expected: " + dependencyStep + " cached\nNext step: " + Remedies.LAYER_ORDER);
    }

    public static CheckResult appResponds(String probeDescription, ProbeOutcome outcome,
                                          Optional<String> startupProblem, String remedy) {
        String title = "the app still works (" + probeDescription + ")";
        if (outcome.answered()) {
            return CheckResult.pass(APP_RESPONDS, title, abbreviate(outcome.observed()), probeDescription,
                    "answered: " + abbreviate(outcome.observed()));
        }
        StringBuilder message = new StringBuilder("Expecting the app to pass its probe: ").append(probeDescription)
                .append("\n  but: ").append(outcome.observed());
        startupProblem.ifPresent(problem -> message.append("\n  because: ").append(problem));
        if (!outcome.logTail().isEmpty()) {
            message.append("\n  its last log lines:");
            outcome.logTail().forEach(line -> message.append("\n    | ").append(line));
        }
        String next = startupProblem.map(problem -> problem.contains("dynamically linked") ? Remedies.STATIC_BINARY
                : problem.contains("shell-form") ? Remedies.EXEC_FORM : Remedies.MISSING_PROGRAM).orElse(remedy);
        message.append("\nNext step: ").append(next);
        // The row says why in a few words; the details below say it in full.
        String measured = startupProblem.map(problem -> "cannot start: " + problem).orElse(outcome.observed());
        return CheckResult.fail(APP_RESPONDS, title, abbreviate(measured), probeDescription,
                message.toString());
    }

    private static String shape(String requirement, String actual, String expected, String remedy) {
        return requirement + "\n  but was: " + actual + "\n  expected: " + expected + "\nNext step: " + remedy;
    }

    private static String ratio(long bytes, long limit) {
        return String.format(Locale.ROOT, "%.1f×", (double) bytes / limit);
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    private static String abbreviate(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
