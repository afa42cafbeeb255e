package dojo.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an image is the size it is, and what in it an attacker could use: the layers and the instructions that made
 * them, the bytes wasted on files that later layers overwrite or delete, the largest paths, the app's payload
 * against everything else, the attack surface and the secrets left anywhere in it.
 *
 * <p>Made from an {@link ImageArchive} read with {@link #interest()} (or an interest that includes it), so it is
 * pure and needs no engine; {@link #toJson()} and {@link #parse(String)} carry it between processes.
 *
 * @param layers every filesystem layer, base first, with the instruction that made it
 * @param totalBytes the sum of the layers' regular file sizes: what is stored and shipped
 * @param finalBytes the sum of the regular file sizes of the final filesystem
 * @param reclaimableBytes bytes of file copies in lower layers that the final filesystem no longer holds
 * @param wasted the largest of those copies, largest first
 * @param largestFiles the largest regular files of the final filesystem, largest first
 * @param largestDirectories the directories of the final filesystem holding the most bytes, largest first
 * @param payloadPaths the paths the kata names as the app itself
 * @param payloadBytes the bytes of regular files at or under the payload paths in the final filesystem
 * @param attackSurface shells, package managers, setuid and setgid files, packages and the user
 * @param secrets what looks like a secret, in any layer's files, the config's environment or the history
 */
public record ImageAnalysis(List<Layer> layers, long totalBytes, long finalBytes, long reclaimableBytes,
                            List<Waste> wasted, List<PathSize> largestFiles, List<PathSize> largestDirectories,
                            List<String> payloadPaths, long payloadBytes, AttackSurface attackSurface,
                            List<Secret> secrets) {

    /** How many wasted copies, files and directories the analysis lists; the totals count them all. */
    public static final int LISTED = 10;

    /** Raised whenever the analysis' interest changes, so indexes read with the old one are not reused. */
    private static final int SCOPE_VERSION = 1;
    private static final String DPKG_STATUS = "/var/lib/dpkg/status";
    private static final int DPKG_STATUS_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Pattern BUILDKIT_ARGS = Pattern.compile("^(?:RUN )?\\|\\d+ .*? ?(/bin/sh -c .*)$");
    private static final String SHELL_PREFIX = "/bin/sh -c ";
    private static final String NOP_PREFIX = "#(nop) ";

    public ImageAnalysis {
        layers = List.copyOf(layers);
        wasted = List.copyOf(wasted);
        largestFiles = List.copyOf(largestFiles);
        largestDirectories = List.copyOf(largestDirectories);
        payloadPaths = List.copyOf(payloadPaths);
        secrets = List.copyOf(secrets);
    }

    /**
     * One filesystem layer.
     *
     * @param index position, base layer first, from 0
     * @param digest the digest of the layer's bytes
     * @param instruction the Dockerfile instruction that made it, from the image history, secrets masked; empty
     *     when the history does not say
     * @param bytes the sum of its regular file sizes
     * @param share its part of {@link #totalBytes()}, from 0 to 1
     */
    public record Layer(int index, String digest, String instruction, long bytes, double share) {
    }

    /**
     * A copy of a file that a lower layer stores and the final filesystem does not hold.
     *
     * @param path the file's path
     * @param bytes its size in that layer
     * @param layer the layer that stores the copy
     * @param fate what became of it
     * @param byLayer the first later layer that overwrote, deleted or hid it; -1 when none can be told
     */
    public record Waste(String path, long bytes, int layer, Fate fate, int byLayer) {
    }

    /** What became of a wasted copy. */
    public enum Fate {
        /** A later layer put another entry at the path or replaced a directory above it. */
        OVERWRITTEN,
        /** A later layer's whiteout deleted the path or a directory above it. */
        DELETED,
        /** A later layer made a directory above it opaque. */
        HIDDEN
    }

    /**
     * A path and the bytes of regular files at or under it.
     *
     * @param path an absolute path
     * @param bytes the bytes
     */
    public record PathSize(String path, long bytes) {
    }

    /**
     * What in the final image helps someone who gets into a container of it.
     *
     * @param shells paths of shells, busybox included
     * @param packageManagers paths of apt, dpkg, pip, npm and the like
     * @param setuid paths of regular files with the setuid bit
     * @param setgid paths of regular files with the setgid bit
     * @param packages Debian packages installed, largest first, from the dpkg status database where there is one
     * @param user the configured user; empty means root
     */
    public record AttackSurface(List<String> shells, List<String> packageManagers, List<String> setuid,
                                List<String> setgid, List<DpkgPackage> packages, String user) {

        public AttackSurface {
            shells = List.copyOf(shells);
            packageManagers = List.copyOf(packageManagers);
            setuid = List.copyOf(setuid);
            setgid = List.copyOf(setgid);
            packages = List.copyOf(packages);
            user = user == null ? "" : user;
        }

        /** Whether the app runs as root, as it does when no user is configured. */
        public boolean runsAsRoot() {
            return user.isEmpty() || user.equals("root") || user.equals("0") || user.startsWith("0:")
                    || user.startsWith("root:");
        }
    }

    /**
     * Something that looks like a secret.
     *
     * @param kind what it looks like, such as "private key" or "variable NPM_TOKEN"
     * @param location the file's path, {@code config Env}, or {@code history step N}
     * @param layer for a file, the layer that stores it; -1 otherwise
     * @param deleted for a file, whether a later layer deleted or replaced it, so that it is in the image's layers
     *     but not in a container's filesystem
     * @param excerpt the secret masked, such as {@code ghp_ab…yz}; never the whole secret
     */
    public record Secret(String kind, String location, int layer, boolean deleted, String excerpt) {
    }

    /** The file heads the analysis reads: candidate secret files and the dpkg status database. */
    public static FileInterest interest() {
        FileInterest secrets = SecretScanner.interest();
        return path -> path.equals(DPKG_STATUS) ? DPKG_STATUS_BYTES : secrets.bytesToKeep(path);
    }

    /** The analysis' interest together with another, keeping for each file the larger of the two heads. */
    public static FileInterest interestAlongside(FileInterest other) {
        FileInterest own = interest();
        return path -> Math.max(own.bytesToKeep(path), other.bytesToKeep(path));
    }

    /**
     * Names the interest of {@code interestAlongside(ImageFacts.interestFor(metadata))}, for
     * {@link LayerCache#inUserCache(String)}: images that start their program from the same paths share indexes.
     */
    public static String cacheScope(ImageMetadata metadata) {
        List<String> candidates = new ArrayList<>(ImageFacts.programCandidates(metadata));
        candidates.sort(Comparator.naturalOrder());
        String named = String.join("\n", candidates);
        return "analysis-" + SCOPE_VERSION + "-" + Integer.toHexString(named.hashCode());
    }

    /**
     * Analyses an image.
     *
     * @param archive the image, read with {@link #interest()} or an interest that includes it
     * @param payloadPaths the paths that are the app itself, such as {@code /greeter}; none gives a ratio of 0
     */
    public static ImageAnalysis of(ImageArchive archive, List<String> payloadPaths) {
        List<LayerIndex> indexes = archive.layers();
        ImageFilesystem fs = archive.filesystem();
        long total = indexes.stream().mapToLong(LayerIndex::size).sum();
        Set<String> survivors = survivingHardlinkTargets(fs);
        List<Waste> wasted = new ArrayList<>();
        long reclaimable = 0;
        for (int layer = 0; layer < indexes.size(); layer++) {
            for (LayerEntry entry : indexes.get(layer).entries()) {
                if (entry.type() == EntryType.FILE && entry.size() > 0 && !survives(fs, survivors, entry, layer)) {
                    reclaimable += entry.size();
                    wasted.add(new Waste(entry.path(), entry.size(), layer, null, -1));
                }
            }
        }
        wasted.sort(Comparator.comparingLong(Waste::bytes).reversed().thenComparing(Waste::path));
        List<Waste> listed = wasted.subList(0, Math.min(LISTED, wasted.size())).stream()
                .map(waste -> withFate(waste, indexes)).toList();
        return new ImageAnalysis(layerTable(indexes, archive.config(), total), total, finalBytes(fs), reclaimable,
                listed, largestFiles(fs), largestDirectories(fs), payloadPaths, payloadBytes(fs, payloadPaths),
                attackSurface(archive, fs), secrets(archive, fs, survivors));
    }

    /** Reads an analysis back from {@link #toJson()}. */
    public static ImageAnalysis parse(String json) {
        try {
            return JSON.readValue(json, ImageAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tried to read an image analysis but the JSON does not hold one: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The analysis as one line of JSON, for a JUnit report entry or a results file. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an image analysis is plain data and always serialises", e);
        }
    }

    /** The image's size against its payload's, such as 1.02; 0 when the payload is missing or not named. */
    public double payloadRatio() {
        return payloadBytes == 0 ? 0 : (double) totalBytes / payloadBytes;
    }

    private static boolean survives(ImageFilesystem fs, Set<String> survivors, LayerEntry entry, int layer) {
        FileNode node = fs.get(entry.path()).orElse(null);
        boolean same = node != null && node.layer() == layer && node.type() == EntryType.FILE;
        // A hardlink that outlives its first name still holds the bytes in the same layer.
        return same || survivors.contains(layer + ":" + entry.path());
    }

    private static Set<String> survivingHardlinkTargets(ImageFilesystem fs) {
        Set<String> targets = new HashSet<>();
        for (FileNode node : fs.files()) {
            if (node.type() == EntryType.HARDLINK) {
                targets.add(node.layer() + ":" + node.linkTarget());
            }
        }
        return targets;
    }

    private static Waste withFate(Waste waste, List<LayerIndex> indexes) {
        List<String> ancestors = ancestors(waste.path());
        for (int later = waste.layer() + 1; later < indexes.size(); later++) {
            LayerIndex index = indexes.get(later);
            for (String dir : index.opaqueDirs()) {
                if (ancestors.contains(dir)) {
                    return new Waste(waste.path(), waste.bytes(), waste.layer(), Fate.HIDDEN, later);
                }
            }
            for (String deleted : index.whiteouts()) {
                if (deleted.equals(waste.path()) || ancestors.contains(deleted)) {
                    return new Waste(waste.path(), waste.bytes(), waste.layer(), Fate.DELETED, later);
                }
            }
            for (LayerEntry entry : index.entries()) {
                boolean replacesParent = entry.type() != EntryType.DIRECTORY && ancestors.contains(entry.path());
                if (entry.path().equals(waste.path()) || replacesParent) {
                    return new Waste(waste.path(), waste.bytes(), waste.layer(), Fate.OVERWRITTEN, later);
                }
            }
        }
        return new Waste(waste.path(), waste.bytes(), waste.layer(), Fate.OVERWRITTEN, -1);
    }

    private static List<String> ancestors(String path) {
        List<String> ancestors = new ArrayList<>();
        for (String dir = ImagePaths.parent(path); !dir.equals(ImagePaths.ROOT); dir = ImagePaths.parent(dir)) {
            ancestors.add(dir);
        }
        return ancestors;
    }

    private static List<Layer> layerTable(List<LayerIndex> indexes, JsonNode config, long total) {
        List<String> instructions = new ArrayList<>();
        for (JsonNode step : config.path("history")) {
            if (!step.path("empty_layer").asBoolean(false)) {
                instructions.add(instruction(step.path("created_by").asText("")));
            }
        }
        // Without one history entry per layer there is no telling which entry made which layer.
        boolean matched = instructions.size() == indexes.size();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            long bytes = indexes.get(i).size();
            layers.add(new Layer(i, indexes.get(i).digest(), matched ? instructions.get(i) : "", bytes,
                    total == 0 ? 0 : (double) bytes / total));
        }
        return layers;
    }

    /**
     * The instruction as a Dockerfile would say it: BuildKit's {@code RUN /bin/sh -c make # buildkit} and the
     * classic builder's {@code /bin/sh -c #(nop)  COPY ...} both read {@code RUN make} and {@code COPY ...}, and the
     * build arguments BuildKit prefixes go, since they are not part of what the learner wrote.
     */
    static String instruction(String createdBy) {
        String text = createdBy.strip();
        if (text.endsWith("# buildkit")) {
            text = text.substring(0, text.length() - "# buildkit".length()).strip();
        }
        Matcher args = BUILDKIT_ARGS.matcher(text);
        if (args.matches()) {
            text = args.group(1);
        }
        if (text.startsWith("RUN " + SHELL_PREFIX)) {
            text = text.substring("RUN ".length());
        }
        if (text.startsWith(SHELL_PREFIX + NOP_PREFIX)) {
            text = text.substring((SHELL_PREFIX + NOP_PREFIX).length()).strip();
        } else if (text.startsWith(SHELL_PREFIX)) {
            text = "RUN " + text.substring(SHELL_PREFIX.length()).strip();
        }
        return SecretScanner.redact(text.replaceAll("\\s+", " "));
    }

    private static long finalBytes(ImageFilesystem fs) {
        return fs.files().stream().filter(node -> node.type() == EntryType.FILE).mapToLong(FileNode::size).sum();
    }

    private static List<PathSize> largestFiles(ImageFilesystem fs) {
        return fs.files().stream().filter(node -> node.type() == EntryType.FILE && node.size() > 0)
                .sorted(Comparator.comparingLong(FileNode::size).reversed().thenComparing(FileNode::path))
                .limit(LISTED).map(node -> new PathSize(node.path(), node.size())).toList();
    }

    private static List<PathSize> largestDirectories(ImageFilesystem fs) {
        Map<String, Long> bytesByDir = new HashMap<>();
        for (FileNode node : fs.files()) {
            if (node.type() == EntryType.FILE && node.size() > 0) {
                for (String dir : ancestors(node.path())) {
                    bytesByDir.merge(dir, node.size(), Long::sum);
                }
            }
        }
        return bytesByDir.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LISTED).map(entry -> new PathSize(entry.getKey(), entry.getValue())).toList();
    }

    private static long payloadBytes(ImageFilesystem fs, List<String> payloadPaths) {
        long bytes = 0;
        for (String path : payloadPaths) {
            FileNode target = fs.resolve(path).orElse(null);
            if (target == null) {
                continue;
            }
            if (target.type() == EntryType.FILE) {
                bytes += target.size();
            } else if (target.type() == EntryType.DIRECTORY) {
                String prefix = ImagePaths.descendantPrefix(target.path());
                bytes += fs.files().stream().filter(n -> n.type() == EntryType.FILE && n.path().startsWith(prefix))
                        .mapToLong(FileNode::size).sum();
            }
        }
        return bytes;
    }

    private static AttackSurface attackSurface(ImageArchive archive, ImageFilesystem fs) {
        List<String> pathDirs = archive.pathDirs();
        List<String> setuid = new ArrayList<>();
        List<String> setgid = new ArrayList<>();
        for (FileNode node : fs.files()) {
            if (node.type() == EntryType.FILE && (node.mode() & 04000) != 0) {
                setuid.add(node.path());
            }
            if (node.type() == EntryType.FILE && (node.mode() & 02000) != 0) {
                setgid.add(node.path());
            }
        }
        List<DpkgPackage> packages = new ArrayList<>(fs.get(DPKG_STATUS)
                .map(node -> DpkgStatus.parse(new String(node.captured(), StandardCharsets.UTF_8)))
                .orElse(List.of()));
        packages.sort(Comparator.comparingLong(DpkgPackage::installedSizeKiB).reversed()
                .thenComparing(DpkgPackage::name));
        return new AttackSurface(paths(ToolchainScanner.shells().scan(fs, pathDirs)),
                paths(ToolchainScanner.packageManagers().scan(fs, pathDirs)), setuid, setgid, packages,
                archive.config().path("config").path("User").asText(""));
    }

    private static List<String> paths(List<Toolchain> tools) {
        return tools.stream().map(Toolchain::path).toList();
    }

    private static List<Secret> secrets(ImageArchive archive, ImageFilesystem fs, Set<String> survivors) {
        List<Secret> found = new ArrayList<>();
        List<LayerIndex> indexes = archive.layers();
        for (int layer = 0; layer < indexes.size(); layer++) {
            for (LayerEntry entry : indexes.get(layer).entries()) {
                if (entry.type() != EntryType.FILE || !SecretScanner.isCandidate(entry.path())) {
                    continue;
                }
                // The lower layer's own capture: a file deleted later is in no final node, but its bytes ship.
                boolean deleted = !survives(fs, survivors, entry, layer);
                for (SecretScanner.Match match : SecretScanner.scanFile(entry.path(), entry.size(), entry.captured())) {
                    found.add(new Secret(match.kind(), entry.path(), layer, deleted, match.excerpt()));
                }
            }
        }
        for (JsonNode variable : archive.config().path("config").path("Env")) {
            for (SecretScanner.Match match : SecretScanner.scanEnv(variable.asText(""))) {
                found.add(new Secret(match.kind(), "config Env", -1, false, match.excerpt()));
            }
        }
        int step = 0;
        for (JsonNode history : archive.config().path("history")) {
            step++;
            for (SecretScanner.Match match : SecretScanner.scanCommand(history.path("created_by").asText(""))) {
                found.add(new Secret(match.kind(), "history step " + step, -1, false, match.excerpt()));
            }
        }
        return found;
    }
}
