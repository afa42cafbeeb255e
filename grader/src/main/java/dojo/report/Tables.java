package dojo.report;

import dojo.check.Size;
import dojo.image.DpkgPackage;
import dojo.image.ImageAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rows every report format shows, so that the terminal, Markdown and HTML say the same thing. */
final class Tables {

    static final List<String> LAYER_HEADER = List.of("#", "instruction", "size", "share");
    static final List<String> WASTE_HEADER = List.of("path", "size", "added in", "then");
    static final List<String> SECRET_HEADER = List.of("what", "where", "layer", "excerpt");
    static final List<String> COMPARISON_HEADER = List.of("", "starter", "this Dockerfile");
    static final int PACKAGES_LISTED = 10;

    private Tables() {
    }

    static List<List<String>> layers(ImageAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (ImageAnalysis.Layer layer : analysis.layers()) {
            rows.add(List.of(Integer.toString(layer.index() + 1),
                    layer.instruction().isEmpty() ? "(not in the history)" : layer.instruction(),
                    Size.format(layer.bytes()), percent(layer.share())));
        }
        return rows;
    }

    static List<List<String>> wasted(ImageAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (ImageAnalysis.Waste waste : analysis.wasted()) {
            rows.add(List.of(waste.path(), Size.format(waste.bytes()), "layer " + (waste.layer() + 1), fate(waste)));
        }
        return rows;
    }

    static List<List<String>> paths(List<ImageAnalysis.PathSize> paths) {
        return paths.stream().map(p -> List.of(p.path(), Size.format(p.bytes()))).toList();
    }

    static List<List<String>> secrets(ImageAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (ImageAnalysis.Secret secret : analysis.secrets()) {
            String layer = secret.layer() < 0 ? ""
                    : (secret.layer() + 1) + (secret.deleted() ? " (deleted later)" : "");
            rows.add(List.of(secret.kind(), secret.location(), layer, secret.excerpt()));
        }
        return rows;
    }

    /** Label and value lines describing the attack surface. */
    static List<List<String>> attackSurface(ImageAnalysis analysis) {
        ImageAnalysis.AttackSurface surface = analysis.attackSurface();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("user", surface.runsAsRoot() ? "root" + (surface.user().isEmpty() ? " (no USER set)" : "")
                : surface.user()));
        rows.add(List.of("shells", listed(surface.shells())));
        rows.add(List.of("package managers", listed(surface.packageManagers())));
        rows.add(List.of("setuid files", listed(surface.setuid())));
        rows.add(List.of("setgid files", listed(surface.setgid())));
        rows.add(List.of("packages", packages(surface.packages())));
        return rows;
    }

    static String reclaimable(ImageAnalysis analysis) {
        return Size.format(analysis.reclaimableBytes()) + " reclaimable: files that a layer adds and a later layer"
                + " overwrites or deletes, still shipped in the lower layer";
    }

    static Optional<String> payload(ImageAnalysis analysis) {
        if (analysis.payloadPaths().isEmpty()) {
            return Optional.empty();
        }
        if (analysis.payloadBytes() == 0) {
            return Optional.of("the payload (" + String.join(", ", analysis.payloadPaths())
                    + ") is not in the final filesystem");
        }
        return Optional.of(String.format(Locale.ROOT, "this image is %.2f× its payload (%s: %s of %s)",
                analysis.payloadRatio(), String.join(", ", analysis.payloadPaths()),
                Size.format(analysis.payloadBytes()), Size.format(analysis.totalBytes())));
    }

    /** One measured quantity of the starter and of the graded image. */
    record Comparison(String label, long starter, long graded, boolean bytes) {

        String starterText() {
            return bytes ? Size.format(starter) : Long.toString(starter);
        }

        String gradedText() {
            return bytes ? Size.format(graded) : Long.toString(graded);
        }
    }

    static List<Comparison> comparisons(Report report) {
        GradeRecord before = report.starter().orElseThrow();
        GradeRecord after = report.graded();
        List<Comparison> rows = new ArrayList<>();
        rows.add(new Comparison("size", before.imageBytes(), after.imageBytes(), true));
        rows.add(new Comparison("layers", before.layers(), after.layers(), false));
        rows.add(new Comparison("toolchains", before.toolchains().size(), after.toolchains().size(), false));
        rows.add(new Comparison("packages", before.packages(), after.packages(), false));
        if (report.analysis().isPresent() && report.starterAnalysis().isPresent()) {
            rows.add(new Comparison("reclaimable", report.starterAnalysis().get().reclaimableBytes(),
                    report.analysis().get().reclaimableBytes(), true));
        }
        return rows;
    }

    static String fate(ImageAnalysis.Waste waste) {
        String by = waste.byLayer() < 0 ? "" : " in layer " + (waste.byLayer() + 1);
        return switch (waste.fate()) {
            case OVERWRITTEN -> "overwritten" + by;
            case DELETED -> "deleted" + by;
            case HIDDEN -> "hidden by an opaque directory" + by;
        };
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String listed(List<String> paths) {
        return paths.isEmpty() ? "none" : paths.size() + ": " + String.join(", ", paths);
    }

    private static String packages(List<DpkgPackage> packages) {
        if (packages.isEmpty()) {
            return "none (no dpkg database)";
        }
        List<String> largest = packages.stream().limit(PACKAGES_LISTED)
                .map(p -> p.name() + " " + Size.format(p.installedSizeKiB() * 1024)).toList();
        return packages.size() + ", largest: " + String.join(", ", largest)
                + (packages.size() > PACKAGES_LISTED ? ", …" : "");
    }
}
