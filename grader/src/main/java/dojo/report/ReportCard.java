package dojo.report;

import dojo.check.CheckResult;
import dojo.check.Size;
import dojo.check.Status;
import dojo.image.ImageAnalysis;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report card: one line per check with its measured value and threshold, then the details, and when the
 * image was analysed, its layers, reclaimable bytes, largest paths, attack surface, secrets and the comparison with
 * the starter.
 */
public final class ReportCard {

    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";

    private static final String NOT_MEASURED = "Not measured:";
    private static final int INSTRUCTION_WIDTH = 64;
    private static final int BAR_CELLS = 40;

    private final boolean colour;

    private ReportCard(boolean colour) {
        this.colour = colour;
    }

    public static ReportCard plain() {
        return new ReportCard(false);
    }

    public static ReportCard coloured() {
        return new ReportCard(true);
    }

    /** The card with every section the report has data for. */
    public String render(Report report) {
        StringBuilder out = new StringBuilder(render(report.graded()));
        report.analysis().ifPresent(analysis -> analysis(out, analysis));
        if (report.hasBeforeAndAfter()) {
            out.append('\n').append(bold("Before and after")).append('\n');
            List<Tables.Comparison> rows = Tables.comparisons(report);
            int label = rows.stream().mapToInt(r -> r.label().length()).max().orElse(4);
            for (Tables.Comparison row : rows) {
                double max = Math.max(1, Math.max(row.starter(), row.graded()));
                out.append("  ").append(pad(row.label(), label)).append("  starter ")
                        .append(colour(RED, bar(row.starter() / max))).append(' ').append(row.starterText())
                        .append('\n');
                out.append("  ").append(pad("", label)).append("  now     ")
                        .append(colour(GREEN, bar(row.graded() / max))).append(' ').append(row.gradedText())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private void analysis(StringBuilder out, ImageAnalysis analysis) {
        out.append('\n').append(bold("Layers")).append('\n');
        table(out, Tables.LAYER_HEADER, Tables.layers(analysis).stream()
                .map(row -> List.of(row.get(0), shorten(row.get(1), INSTRUCTION_WIDTH), row.get(2), row.get(3)))
                .toList());
        out.append('\n').append(bold("Reclaimable")).append("  ")
                .append(analysis.reclaimableBytes() > 0 ? colour(YELLOW, Size.format(analysis.reclaimableBytes()))
                        : Size.format(0))
                .append(" in files a later layer overwrites or deletes\n");
        if (!analysis.wasted().isEmpty()) {
            table(out, Tables.WASTE_HEADER, Tables.wasted(analysis));
        }
        out.append('\n').append(bold("Largest files")).append('\n');
        table(out, List.of("file", "size"), Tables.paths(analysis.largestFiles()));
        out.append('\n').append(bold("Largest directories")).append('\n');
        if (analysis.largestDirectories().isEmpty()) {
            out.append("  none: every file sits at the top level\n");
        } else {
            table(out, List.of("directory", "size"), Tables.paths(analysis.largestDirectories()));
        }
        Tables.payload(analysis).ifPresent(line -> out.append("  ").append(line).append('\n'));
        out.append('\n').append(bold("Attack surface")).append('\n');
        for (List<String> row : Tables.attackSurface(analysis)) {
            out.append("  ").append(pad(row.get(0), 17)).append(shorten(row.get(1), 100)).append('\n');
        }
        out.append('\n').append(bold("Secrets")).append('\n');
        if (analysis.secrets().isEmpty()) {
            out.append("  none found in any layer, the environment or the history\n");
        } else {
            table(out, Tables.SECRET_HEADER, Tables.secrets(analysis));
        }
    }

    /** Columns padded to their widest cell; the last column is left unpadded. */
    private void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < header.size(); i++) {
            line.append(i == header.size() - 1 ? header.get(i) : pad(header.get(i), widths[i]) + "  ");
        }
        out.append(bold(line.toString().stripTrailing())).append('\n');
        for (List<String> row : rows) {
            line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String bar(double fraction) {
        int cells = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_CELLS);
        return "█".repeat(Math.max(cells, fraction > 0 ? 1 : 0));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The card's summary: the checks and what to do about the failing ones. */
    public String render(GradeRecord record) {
        StringBuilder out = new StringBuilder();
        out.append(bold("Report card: " + record.kata())).append('\n');
        out.append("  Dockerfile  ").append(record.dockerfile()).append('\n');
        if (!record.builder().isEmpty()) {
            out.append("  builder     ").append(record.builder()).append('\n');
        }
        if (record.imageBytes() > 0) {
            out.append("  image       ").append(Size.format(record.imageBytes())).append(", ")
                    .append(record.layers()).append(record.layers() == 1 ? " layer" : " layers")
                    .append(", user ").append(record.user().isEmpty() ? "root" : record.user()).append('\n');
        }
        out.append("  time        ").append(seconds(record.elapsedSeconds())).append(" in all");
        if (record.buildSeconds() > 0) {
            out.append(", build ").append(seconds(record.buildSeconds()));
        }
        out.append("\n\n");

        int width = record.checks().stream().mapToInt(c -> c.title().length()).max().orElse(10);
        for (CheckResult check : record.checks()) {
            out.append("  ").append(badge(check)).append("  ")
                    .append(pad(check.title(), width));
            if (!check.measured().isEmpty()) {
                out.append("  ").append(check.measured());
                if (!check.threshold().isEmpty() && check.status() != Status.PASS) {
                    out.append(" (expected ").append(check.threshold()).append(")");
                }
            }
            out.append('\n');
        }

        long required = record.checks().stream().filter(c -> !c.goldOnly()).count();
        long failing = record.checks().stream().filter(c -> !c.goldOnly() && !c.passed()).count();
        out.append('\n');
        if (failing == 0) {
            out.append(colour(GREEN, bold("All " + required + " required checks pass. Tier: "
                    + record.tier() + "."))).append('\n');
            if (record.tier().equals("pass")) {
                out.append("Gold needs an image of at most ").append(Size.format(record.goldSize()))
                        .append(" and every (gold) check passing.\n");
            }
        } else {
            out.append(colour(RED, bold(failing + " of " + required + " required checks "
                    + (failing == 1 ? "does" : "do") + " not pass.")))
                    .append('\n');
        }
        // Checks that could not be measured for the same reason are listed once, not one paragraph each.
        java.util.Map<String, java.util.List<String>> notMeasured = new java.util.LinkedHashMap<>();
        for (CheckResult check : record.checks()) {
            if (check.passed()) {
                continue;
            }
            if (check.status() == Status.ERROR && check.message().startsWith(NOT_MEASURED)) {
                notMeasured.computeIfAbsent(check.message().substring(NOT_MEASURED.length()).strip(),
                        reason -> new java.util.ArrayList<>()).add(check.name());
                continue;
            }
            out.append('\n').append(badge(check)).append(' ').append(bold(check.name())).append('\n');
            check.message().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        notMeasured.forEach((reason, names) -> out.append('\n').append(colour(YELLOW, "ERROR")).append(' ')
                .append("not measured: ").append(String.join(", ", names)).append('\n')
                .append("  because ").append(reason).append('\n'));
        return out.toString();
    }

    private String badge(CheckResult check) {
        if (check.goldOnly() && check.status() != Status.PASS) {
            return colour(YELLOW, "GOLD?");
        }
        return switch (check.status()) {
            case PASS -> colour(GREEN, "PASS ");
            case FAIL -> colour(RED, "FAIL ");
            case ERROR -> colour(YELLOW, "ERROR");
        };
    }

    private String bold(String text) {
        return colour(BOLD, text);
    }

    private String colour(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
