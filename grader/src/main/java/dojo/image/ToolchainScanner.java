package dojo.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds compilers, build systems and package managers that a multi-stage build should have left in its build
 * stage.
 *
 * <p>A tool counts when its executable name matches exactly (no substrings: {@code libgcc_s.so.1} and
 * {@code go-wrapper} are not tools) and it sits in a directory named {@code bin} or {@code sbin} at any depth or in
 * one of the image's {@code PATH} directories. It must be a regular file with an execute bit, or a link that
 * resolves to one in the final filesystem. Dangling links and applets of multi-call binaries such as busybox are
 * not tools: busybox's {@code make} does not mean a toolchain was left behind.
 */
public final class ToolchainScanner {

    /**
     * Runtimes ({@code java}, {@code node}, {@code python3}) are absent on purpose, and so are tools that only come
     * along with a compiler: {@code cpp}, {@code as} and {@code ld} arrive with gcc, which is reported anyway, and
     * alone they would flag images that merely carry binutils or the preprocessor for a runtime's sake.
     */
    private static final Set<String> EXACT_NAMES = Set.of(
            "go", "gofmt",
            "javac", "jlink", "jmod", "jdeps",
            "rustc", "cargo",
            "mvn", "gradle",
            "make", "cmake", "ninja",
            "tsc", "npm", "npx", "yarn", "pnpm",
            "hugo");

    /** C-family compilers, bare or with a target triplet and a version: {@code aarch64-linux-gnu-g++-12}. */
    private static final Pattern COMPILER = Pattern.compile("(?:[a-z0-9_]+(?:-[a-z0-9_]+){1,3}-)?"
            + "(?:gcc|cc|c\\+\\+|g\\+\\+|gfortran|clang|clang\\+\\+)"
            + "(?:-\\d+(?:\\.\\d+)*)?");

    /** pip, alone or for a given Python: {@code pip3}, {@code pip3.11}. */
    private static final Pattern PIP = Pattern.compile("pip(?:\\d+(?:\\.\\d+)*)?");

    private static final Pattern MULTI_CALL = Pattern.compile("(?:busybox|toybox)(?:\\..+)?");

    private static final Set<String> EXECUTABLE_DIR_NAMES = Set.of("bin", "sbin");

    /** Tools that install more software into a running container. */
    private static final Set<String> PACKAGE_MANAGERS = Set.of(
            "apt", "apt-get", "dpkg", "apk", "yum", "dnf", "microdnf", "rpm", "npm", "yarn", "pnpm", "gem");

    /** Shells an attacker, or a shell-form CMD, could run; busybox's sh applet counts here. */
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "busybox");

    private final Predicate<String> isWanted;
    private final boolean multiCallCounts;

    private ToolchainScanner(Predicate<String> isWanted, boolean multiCallCounts) {
        this.isWanted = isWanted;
        this.multiCallCounts = multiCallCounts;
    }

    /** The scanner for the compilers and build tools above. */
    public static ToolchainScanner standard() {
        return new ToolchainScanner(ToolchainScanner::isToolName, false);
    }

    /** A scanner for package managers: apt, dpkg, pip, npm and the like. */
    public static ToolchainScanner packageManagers() {
        return new ToolchainScanner(name -> PACKAGE_MANAGERS.contains(name) || PIP.matcher(name).matches(), false);
    }

    /** A scanner for shells, including busybox and its applet links. */
    public static ToolchainScanner shells() {
        return new ToolchainScanner(SHELLS::contains, true);
    }

    /**
     * Lists the tools found, sorted by path; a binary reached through several links appears once per link.
     *
     * @param fs the image's final filesystem
     * @param pathDirs the directories of the image's {@code PATH}, such as {@link ImageArchive#pathDirs()} gives
     */
    public List<Toolchain> scan(ImageFilesystem fs, List<String> pathDirs) {
        Set<String> multiCall = multiCallCounts ? Set.of() : multiCallBinaries(fs);
        List<Toolchain> found = new ArrayList<>();
        for (FileNode candidate : candidates(fs, pathDirs)) {
            String name = ImagePaths.name(candidate.path());
            if (!isWanted.test(name)) {
                continue;
            }
            executableBehind(fs, candidate)
                    .filter(binary -> !multiCall.contains(binary.path()))
                    .ifPresent(binary -> found.add(new Toolchain(name, candidate.path(), binary.path())));
        }
        return found;
    }

    static boolean isToolName(String name) {
        return EXACT_NAMES.contains(name) || COMPILER.matcher(name).matches() || PIP.matcher(name).matches();
    }

    private static Iterable<FileNode> candidates(ImageFilesystem fs, List<String> pathDirs) {
        // Keyed by path so a directory both named bin and on PATH contributes each entry once, in path order.
        TreeMap<String, FileNode> byPath = new TreeMap<>();
        for (FileNode node : fs.files()) {
            String parent = ImagePaths.parent(node.path());
            if (!node.path().equals(ImagePaths.ROOT) && EXECUTABLE_DIR_NAMES.contains(ImagePaths.name(parent))) {
                byPath.put(node.path(), node);
            }
        }
        for (String dir : pathDirs) {
            // On merged-/usr images /bin is a link to usr/bin, so a PATH entry is listed where it really leads.
            fs.resolve(dir)
                    .filter(node -> node.type() == EntryType.DIRECTORY)
                    .ifPresent(real -> fs.list(real.path()).forEach(node -> byPath.put(node.path(), node)));
        }
        return byPath.values();
    }

    private static Optional<FileNode> executableBehind(ImageFilesystem fs, FileNode node) {
        Optional<FileNode> binary = switch (node.type()) {
            case FILE -> Optional.of(node);
            case SYMLINK, HARDLINK -> fs.resolve(node.path());
            default -> Optional.empty();
        };
        return binary.filter(FileNode::isExecutable);
    }

    /**
     * The regular files that are busybox or toybox under any of their names. In a tar the first name of a
     * hardlinked file holds the content, so busybox may be stored as {@code /bin/[} with {@code /bin/busybox} a
     * hardlink to it; resolving every busybox-named path finds the real file either way.
     */
    private static Set<String> multiCallBinaries(ImageFilesystem fs) {
        Set<String> binaries = new HashSet<>();
        for (FileNode node : fs.files()) {
            if (MULTI_CALL.matcher(ImagePaths.name(node.path())).matches()) {
                fs.resolve(node.path()).ifPresent(binary -> binaries.add(binary.path()));
            }
        }
        return binaries;
    }
}
