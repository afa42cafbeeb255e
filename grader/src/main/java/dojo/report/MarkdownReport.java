package dojo.report;

import dojo.check.CheckResult;
import dojo.check.Size;
import dojo.image.ImageAnalysis;
import java.util.List;

/** The report as GitHub-flavoured Markdown, for a pull request comment or a CI job summary. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The report as Markdown text. */
    public static String render(Report report) {
        GradeRecord record = report.graded();
        StringBuilder md = new StringBuilder();
        md.append("# Report card: ").append(record.kata()).append("\n\n");
        md.append("`").append(record.dockerfile()).append("`: ");
        if (record.imageBytes() > 0) {
            md.append(Size.format(record.imageBytes())).append(", ").append(record.layers()).append(" layers, ");
        }
        md.append("tier **").append(record.tier()).append("**\n\n");
        md.append("## Checks\n\n");
        table(md, List.of("", "check", "measured", "expected"), record.checks().stream()
                .map(c -> List.of(badge(c), c.title(), c.measured(), c.threshold())).toList());
        for (CheckResult check : record.checks()) {
            if (!check.passed()) {
                md.append("\n**").append(check.name()).append("**: ").append(check.message().strip()
                        .replace("\n", "  \n")).append('\n');
            }
        }
        report.analysis().ifPresent(analysis -> analysis(md, analysis));
        if (report.hasBeforeAndAfter()) {
            md.append("\n## Before and after\n\n");
            table(md, Tables.COMPARISON_HEADER, Tables.comparisons(report).stream()
                    .map(c -> List.of(c.label(), c.starterText(), c.gradedText())).toList());
        }
        return md.toString();
    }

    private static void analysis(StringBuilder md, ImageAnalysis analysis) {
        md.append("\n## Layers\n\n");
        table(md, Tables.LAYER_HEADER, Tables.layers(analysis).stream()
                .map(row -> List.of(row.get(0), "`" + row.get(1) + "`", row.get(2), row.get(3))).toList());
        md.append("\n## Reclaimable\n\n").append(Tables.reclaimable(analysis)).append(".\n\n");
        if (!analysis.wasted().isEmpty()) {
            table(md, Tables.WASTE_HEADER, Tables.wasted(analysis));
        }
        md.append("\n## Largest files\n\n");
        table(md, List.of("file", "size"), Tables.paths(analysis.largestFiles()));
        md.append("\n## Largest directories\n\n");
        if (analysis.largestDirectories().isEmpty()) {
            md.append("None: every file sits at the top level.\n");
        } else {
            table(md, List.of("directory", "size"), Tables.paths(analysis.largestDirectories()));
        }
        Tables.payload(analysis).ifPresent(line -> md.append('\n').append(capitalised(line)).append(".\n"));
        md.append("\n## Attack surface\n\n");
        table(md, List.of("", ""), Tables.attackSurface(analysis));
        md.append("\n## Secrets\n\n");
        if (analysis.secrets().isEmpty()) {
            md.append("Nothing that looks like a secret in any layer, the environment or the history.\n");
        } else {
            table(md, Tables.SECRET_HEADER, Tables.secrets(analysis));
        }
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header.stream().map(MarkdownReport::cell).toList())).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row.stream().map(MarkdownReport::cell).toList())).append(" |\n");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String badge(CheckResult check) {
        if (check.goldOnly() && !check.passed()) {
            return "gold?";
        }
        return check.status().label();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
