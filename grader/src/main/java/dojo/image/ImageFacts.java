package dojo.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the grader learned about a built image: the engine's metadata and what its final filesystem holds.
 *
 * @param metadata       size, layers and configuration, as the engine reports them
 * @param toolchains     build tools left in the final filesystem
 * @param packages       Debian packages installed, from the dpkg status database where there is one
 * @param startupProblem why the configured program cannot start, when that can be seen from the filesystem
 * @param packageManagers apt, dpkg, pip, npm and the like, left in the final filesystem
 * @param shells         shells left in the final filesystem
 * @param sources        build sources and .git directories left in the final filesystem
 * @param passwdUid      the uid the image's {@code /etc/passwd} gives the configured user, when that is a name
 * @param toolchainPackages installed Debian packages that are compilers or build tools, however their files are
 *                       named or whatever their modes: the dpkg database says what was installed
 */
public record ImageFacts(ImageMetadata metadata, List<Toolchain> toolchains, List<DpkgPackage> packages,
                         Optional<String> startupProblem, List<Toolchain> packageManagers, List<Toolchain> shells,
                         List<String> sources, java.util.OptionalLong passwdUid,
                         List<DpkgPackage> toolchainPackages) {

    /** Debian packages that are compilers or build tools; runtimes and their libraries are not. */
    private static final java.util.regex.Pattern TOOLCHAIN_PACKAGE = java.util.regex.Pattern.compile(
            "(gcc|g\\+\\+|cpp|clang|gfortran)(-\\d+)?|build-essential|make|cmake|ninja-build|golang(-\\d+(\\.\\d+)*)?-go"
                    + "|golang-go|rustc|cargo|openjdk-\\d+-jdk(-headless)?|maven|gradle|node-typescript|npm|hugo"
                    + "|python3(\\.\\d+)?-dev|libc6-dev");

    private static final int ELF_HEAD = 4096;
    private static final int DPKG_STATUS_CAP = 16 * 1024 * 1024;
    private static final String DPKG_STATUS = "/var/lib/dpkg/status";
    private static final String PASSWD = "/etc/passwd";
    private static final int PASSWD_CAP = 256 * 1024;

    public ImageFacts {
        toolchains = List.copyOf(toolchains);
        packages = List.copyOf(packages);
        packageManagers = List.copyOf(packageManagers);
        shells = List.copyOf(shells);
        sources = List.copyOf(sources);
        toolchainPackages = List.copyOf(toolchainPackages);
    }

    /** The files whose bytes the scan must keep: the dpkg database and the head of the program the image starts. */
    public static FileInterest interestFor(ImageMetadata metadata) {
        Map<String, Integer> wanted = new java.util.HashMap<>();
        wanted.put(DPKG_STATUS, DPKG_STATUS_CAP);
        wanted.put(PASSWD, PASSWD_CAP);
        for (String candidate : programCandidates(metadata)) {
            wanted.put(candidate, ELF_HEAD);
        }
        return FileInterest.of(wanted);
    }

    /** Reads the facts off an image's final filesystem. */
    public static ImageFacts of(ImageMetadata metadata, ImageFilesystem filesystem) {
        List<Toolchain> toolchains = ToolchainScanner.standard().scan(filesystem, metadata.pathDirs());
        List<DpkgPackage> packages = filesystem.get(DPKG_STATUS)
                .map(node -> DpkgStatus.parse(new String(node.captured(), java.nio.charset.StandardCharsets.UTF_8)))
                .orElse(List.of());
        return new ImageFacts(metadata, toolchains, packages, startupProblem(metadata, filesystem),
                ToolchainScanner.packageManagers().scan(filesystem, metadata.pathDirs()),
                ToolchainScanner.shells().scan(filesystem, metadata.pathDirs()),
                SourceScanner.find(filesystem), passwdUid(metadata.user(), filesystem),
                packages.stream().filter(p -> TOOLCHAIN_PACKAGE.matcher(p.name()).matches()).toList());
    }

    /** The empty filesystem of an image with no layers, which the engine cannot export. */
    public static ImageFacts ofEmpty(ImageMetadata metadata) {
        return of(metadata, ImageFilesystem.of(List.of()));
    }

    static java.util.OptionalLong passwdUid(String user, ImageFilesystem filesystem) {
        String name = user == null ? "" : user.split(":", 2)[0].trim();
        if (name.isEmpty() || name.matches("\\d+")) {
            return java.util.OptionalLong.empty();
        }
        Optional<FileNode> passwd = filesystem.get(PASSWD);
        if (passwd.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        for (String line : new String(passwd.get().captured(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split(":");
            if (fields.length > 2 && fields[0].equals(name) && fields[2].matches("\\d+")) {
                return java.util.OptionalLong.of(Long.parseLong(fields[2]));
            }
        }
        return java.util.OptionalLong.empty();
    }

    /**
     * Explains, from the filesystem alone, why the program the image starts cannot run: it is missing, or it is a
     * dynamically linked binary whose loader is not in the image (a Go binary built with cgo, copied onto scratch).
     */
    static Optional<String> startupProblem(ImageMetadata metadata, ImageFilesystem filesystem) {
        List<String> argv = argv(metadata);
        if (argv.isEmpty()) {
            return Optional.of("the image sets neither ENTRYPOINT nor CMD, so it has nothing to start");
        }
        String program = argv.get(0);
        Optional<FileNode> node = programCandidates(metadata).stream().map(filesystem::get)
                .flatMap(Optional::stream).findFirst();
        if (node.isEmpty() || filesystem.resolve(node.get().path()).isEmpty()) {
            return Optional.of("the image starts " + program + ", which is not in the image"
                    + (program.equals("/bin/sh") ? " (a shell-form CMD or ENTRYPOINT needs /bin/sh; use the"
                    + " exec form, [\"/app\"])" : ""));
        }
        FileNode file = node.get();
        Optional<String> interpreter = shebang(file.captured());
        if (interpreter.isPresent() && filesystem.resolve(interpreter.get()).isEmpty()) {
            return Optional.of(file.path() + " is a script for " + interpreter.get()
                    + ", which is missing from the image");
        }
        Optional<ElfInfo> elf = ElfInfo.parse(file.captured());
        if (elf.isEmpty() || elf.get().interpreter().isEmpty()) {
            return Optional.empty();
        }
        String loader = elf.get().interpreter().get();
        if (filesystem.resolve(loader).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(file.path() + " is dynamically linked: it needs the loader " + loader
                + ", which is missing from the image");
    }

    /** The interpreter a script's first line names, as in {@code #!/bin/sh -e}. */
    static Optional<String> shebang(byte[] head) {
        if (head.length < 3 || head[0] != '#' || head[1] != '!') {
            return Optional.empty();
        }
        String line = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        String[] words = line.substring(2).trim().split("\\s+");
        return words.length == 0 || words[0].isEmpty() ? Optional.empty() : Optional.of(words[0]);
    }

    private static List<String> argv(ImageMetadata metadata) {
        List<String> argv = new ArrayList<>(metadata.entrypoint());
        argv.addAll(metadata.cmd());
        return argv;
    }

    /** Where the program would be found: its own path when absolute, else each PATH directory. */
    static List<String> programCandidates(ImageMetadata metadata) {
        List<String> argv = argv(metadata);
        if (argv.isEmpty()) {
            return List.of();
        }
        String program = argv.get(0);
        if (program.startsWith("/")) {
            return List.of(program);
        }
        if (program.contains("/")) {
            return List.of("/" + program.replaceFirst("^\\./", ""));
        }
        return metadata.pathDirs().stream().map(dir -> (dir.endsWith("/") ? dir : dir + "/") + program).toList();
    }
}
