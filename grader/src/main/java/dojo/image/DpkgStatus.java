package dojo.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads dpkg's database of packages, {@code /var/lib/dpkg/status}. */
public final class DpkgStatus {

    private static final String INSTALLED = "install ok installed";

    private DpkgStatus() {
    }

    /**
     * Lists the installed packages in file order. Packages that were removed but left their configuration files,
     * or are half installed, still have a stanza; only those whose {@code Status} is {@value #INSTALLED} are kept.
     *
     * @param statusFileText the whole file
     */
    public static List<DpkgPackage> parse(String statusFileText) {
        List<DpkgPackage> packages = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (String line : statusFileText.split("\r?\n", -1)) {
            if (line.isBlank()) {
                addIfInstalled(fields, packages);
                fields.clear();
                continue;
            }
            int colon = line.indexOf(':');
            // Lines that start with a blank continue Description or Conffiles; no field read here spans lines.
            if (!Character.isWhitespace(line.charAt(0)) && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        addIfInstalled(fields, packages);
        return packages;
    }

    private static void addIfInstalled(Map<String, String> fields, List<DpkgPackage> packages) {
        if (!INSTALLED.equals(fields.get("Status")) || !fields.containsKey("Package")) {
            return;
        }
        packages.add(new DpkgPackage(fields.get("Package"), fields.getOrDefault("Version", ""),
                installedSize(fields.get("Installed-Size"))));
    }

    private static long installedSize(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
