package dojo.check;

import java.util.List;
import java.util.TreeSet;

/** The names a learner knows build tools by, from the paths the scan found them at. */
public final class ToolNames {

    private ToolNames() {
    }

    /**
     * Distinct tool names, sorted, with a compiler's versioned and target-prefixed links folded into its plain name:
     * {@code /usr/bin/x86_64-linux-gnu-gcc-12} and {@code /usr/bin/gcc} are both {@code gcc}.
     */
    public static List<String> of(List<String> paths) {
        TreeSet<String> names = new TreeSet<>();
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1)
                    .replaceFirst("^[a-z0-9_]+(-[a-z0-9_]+){1,3}-(?=(gcc|g\\+\\+|cc|c\\+\\+|gfortran|clang))", "")
                    .replaceFirst("-\\d+(\\.\\d+)*$", "");
            names.add(name);
        }
        return List.copyOf(names);
    }
}
