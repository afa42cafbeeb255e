package dojo.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds build inputs left in the final filesystem: source files of compiled languages and {@code .git}
 * directories. Files that Debian packages install under {@code /usr/lib}, {@code /usr/share}, {@code /usr/include}
 * and {@code /lib} are the runtime's own and are not counted; the app's sources live elsewhere.
 */
public final class SourceScanner {

    private static final Set<String> SOURCE_EXTENSIONS = Set.of(
            "go", "c", "h", "cc", "cpp", "cxx", "hpp", "rs", "ts", "tsx", "java", "kt", "scala");
    private static final List<String> SYSTEM_DIRS = List.of("/usr/lib/", "/usr/share/", "/usr/include/", "/lib/",
            "/usr/local/lib/", "/proc/", "/sys/");
    private static final int MAX_REPORTED = 200;

    private SourceScanner() {
    }

    /** Source files and .git directories, sorted by path, at most 200 of them. */
    public static List<String> find(ImageFilesystem fs) {
        List<String> found = new ArrayList<>();
        for (FileNode node : fs.files()) {
            if (found.size() >= MAX_REPORTED) {
                break;
            }
            if (isSystem(node.path())) {
                continue;
            }
            String name = ImagePaths.name(node.path());
            if (node.type() == EntryType.DIRECTORY && name.equals(".git")) {
                found.add(node.path() + "/");
            } else if (node.type() == EntryType.FILE && isSource(name) && !node.path().contains("/.git/")) {
                found.add(node.path());
            }
        }
        return found;
    }

    static boolean isSource(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        // TypeScript declarations describe a compiled library; they are not its sources.
        return SOURCE_EXTENSIONS.contains(extension) && !name.endsWith(".d.ts");
    }

    private static boolean isSystem(String path) {
        return SYSTEM_DIRS.stream().anyMatch(path::startsWith);
    }
}
