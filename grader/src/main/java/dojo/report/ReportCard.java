package dojo.report;

import dojo.check.CheckResult;
import dojo.check.Size;
import dojo.check.Status;
import java.util.Locale;

/** The terminal report card: one line per check with its measured value and threshold, then the details. */
public final class ReportCard {

    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";

    private static final String NOT_MEASURED = "Not measured:";

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
