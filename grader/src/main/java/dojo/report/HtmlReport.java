package dojo.report;

import dojo.check.CheckResult;
import dojo.check.Size;
import dojo.image.ImageAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: styles inline, the layer chart and the before-and-after chart as
 * inline SVG, and no reference to anything on the network, so that it can be opened offline or archived by CI.
 */
public final class HtmlReport {

    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 6;
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;"
            + "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}code{font-size:.9em}"
            + ".pass{color:#17702e}.fail{color:#b3261e}.error,.gold{color:#8a5a00}svg text{font-size:12px}";

    private HtmlReport() {
    }

    /**
     * Writes the page as {@code index.html} in {@code dir}, creating the directory.
     *
     * @return the page written
     */
    public static Path writeTo(Path dir, Report report) throws IOException {
        Files.createDirectories(dir);
        Path page = dir.resolve("index.html");
        Files.writeString(page, render(report), StandardCharsets.UTF_8);
        return page;
    }

    /** The page as HTML text. */
    public static String render(Report report) {
        GradeRecord record = report.graded();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report card: ")
                .append(escape(record.kata())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>Report card: ").append(escape(record.kata())).append("</h1>\n<p><code>")
                .append(escape(record.dockerfile())).append("</code>");
        if (record.imageBytes() > 0) {
            html.append(": ").append(Size.format(record.imageBytes())).append(", ").append(record.layers())
                    .append(record.layers() == 1 ? " layer" : " layers");
        }
        html.append(", tier <strong>").append(escape(record.tier())).append("</strong></p>\n");
        html.append("<h2>Checks</h2>\n<table><tr><th></th><th>check</th><th>measured</th><th>expected</th>"
                + "<th>message</th></tr>\n");
        for (CheckResult check : record.checks()) {
            String label = check.goldOnly() && !check.passed() ? "gold" : check.status().label();
            html.append("<tr><td class=\"").append(label).append("\">").append(label).append("</td><td>")
                    .append(escape(check.title())).append("</td><td>").append(escape(check.measured()))
                    .append("</td><td>").append(escape(check.threshold())).append("</td><td>")
                    .append(check.passed() ? "" : escape(check.message()).replace("\n", "<br>"))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        report.analysis().ifPresent(analysis -> analysis(html, analysis));
        if (report.hasBeforeAndAfter()) {
            html.append("<h2>Before and after</h2>\n").append(beforeAndAfterChart(Tables.comparisons(report)));
            table(html, Tables.COMPARISON_HEADER, Tables.comparisons(report).stream()
                    .map(c -> List.of(c.label(), c.starterText(), c.gradedText())).toList());
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void analysis(StringBuilder html, ImageAnalysis analysis) {
        html.append("<h2>Layers</h2>\n").append(layerChart(analysis));
        table(html, Tables.LAYER_HEADER, Tables.layers(analysis));
        html.append("<h2>Reclaimable</h2>\n<p>").append(escape(Tables.reclaimable(analysis))).append(".</p>\n");
        if (!analysis.wasted().isEmpty()) {
            table(html, Tables.WASTE_HEADER, Tables.wasted(analysis));
        }
        html.append("<h2>Largest files</h2>\n");
        table(html, List.of("file", "size"), Tables.paths(analysis.largestFiles()));
        html.append("<h2>Largest directories</h2>\n");
        if (analysis.largestDirectories().isEmpty()) {
            html.append("<p>none: every file sits at the top level</p>\n");
        } else {
            table(html, List.of("directory", "size"), Tables.paths(analysis.largestDirectories()));
        }
        Tables.payload(analysis).ifPresent(line -> html.append("<p>").append(escape(line)).append(".</p>\n"));
        html.append("<h2>Attack surface</h2>\n");
        table(html, List.of("", ""), Tables.attackSurface(analysis));
        html.append("<h2>Secrets</h2>\n");
        if (analysis.secrets().isEmpty()) {
            html.append("<p>Nothing that looks like a secret in any layer, the environment or the history.</p>\n");
        } else {
            table(html, Tables.SECRET_HEADER, Tables.secrets(analysis));
        }
    }

    /** One horizontal bar per layer, as long as its share of the image. */
    static String layerChart(ImageAnalysis analysis) {
        List<ImageAnalysis.Layer> layers = analysis.layers();
        int height = layers.size() * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
        StringBuilder svg = svgStart(height, "layer sizes");
        int y = BAR_GAP;
        for (ImageAnalysis.Layer layer : layers) {
            String label = (layer.index() + 1) + " " + shorten(layer.instruction(), 30);
            bar(svg, y, label, layer.share(), Size.format(layer.bytes()) + ", " + Tables.percent(layer.share()),
                    "#4a78b5");
            y += BAR_HEIGHT + BAR_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    /** For each measure, the starter's bar above the graded image's, both scaled to the larger of the two. */
    static String beforeAndAfterChart(List<Tables.Comparison> comparisons) {
        int height = comparisons.size() * (2 * BAR_HEIGHT + 3 * BAR_GAP) + BAR_GAP;
        StringBuilder svg = svgStart(height, "before and after");
        int y = BAR_GAP;
        for (Tables.Comparison row : comparisons) {
            double max = Math.max(1, Math.max(row.starter(), row.graded()));
            bar(svg, y, row.label() + " (starter)", row.starter() / max, row.starterText(), "#b3261e");
            bar(svg, y + BAR_HEIGHT + BAR_GAP, row.label() + " (now)", row.graded() / max, row.gradedText(),
                    "#17702e");
            y += 2 * BAR_HEIGHT + 3 * BAR_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder svgStart(int height, String title) {
        return new StringBuilder().append("<svg role=\"img\" width=\"")
                .append(CHART_WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(height).append("\"><title>").append(escape(title))
                .append("</title>");
    }

    private static void bar(StringBuilder svg, int y, String label, double fraction, String value, String colour) {
        int room = CHART_WIDTH - LABEL_WIDTH - 110;
        int width = (int) Math.round(Math.max(0, Math.min(1, fraction)) * room);
        int textY = y + BAR_HEIGHT - 5;
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", textY, escape(label)))
                .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", LABEL_WIDTH, y, Math.max(width, 1), BAR_HEIGHT, colour,
                        escape(label + ": " + value)))
                .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LABEL_WIDTH + width + 6,
                        textY, escape(value)));
    }

    private static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
        html.append("<table><tr>");
        header.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
