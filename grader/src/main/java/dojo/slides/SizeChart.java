package dojo.slides;

import dojo.check.Size;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of image sizes, before and after, one pair of bars per kata, drawn as inline SVG so that
 * the deck needs no charting library. The axis is logarithmic: a starter can be hundreds of times bigger than its
 * solution, and on a linear axis the solution's bar would vanish.
 */
public final class SizeChart {

    private static final int WIDTH = 1000;
    private static final int LABELS = 150;
    private static final int VALUES = 120;
    private static final int PLOT = WIDTH - LABELS - VALUES;
    private static final int HEADER = 30;
    private static final int ROW = 34;
    private static final int BAR = 24;
    private static final int AXIS = 36;
    private static final int MIN_BAR = 3;

    private final List<KataMeasurement> katas;
    private final double lowExponent;
    private final double highExponent;

    private SizeChart(List<KataMeasurement> katas) {
        this.katas = List.copyOf(katas);
        long smallest = katas.stream().mapToLong(k -> Math.min(k.starter().imageBytes(), k.solution().imageBytes()))
                .min().orElse(1);
        long biggest = katas.stream().mapToLong(k -> Math.max(k.starter().imageBytes(), k.solution().imageBytes()))
                .max().orElse(10);
        // Whole decades at both ends, so that every tick reads as a round size (1 MB, 10 MB, 100 MB, ...).
        this.lowExponent = Math.floor(Math.log10(smallest));
        double high = Math.ceil(Math.log10(biggest));
        this.highExponent = high > lowExponent ? high : lowExponent + 1;
    }

    /** A chart of the given katas; each must have both images measured. */
    public static SizeChart of(List<KataMeasurement> katas) {
        if (katas.isEmpty()) {
            throw new IllegalArgumentException("a size chart needs at least one kata");
        }
        return new SizeChart(katas);
    }

    /** The chart as an SVG element, ready to sit inside an HTML slide. */
    public String svg() {
        int height = katas.size() * (HEADER + 2 * ROW) + AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"size-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" font-size=\"18\" fill=\"currentColor\">\n");
        svg.append("<title>").append(Html.escape(describe())).append("</title>\n");
        int plotBottom = height - AXIS;
        for (int exponent = (int) lowExponent; exponent <= highExponent; exponent++) {
            double x = LABELS + PLOT * (exponent - lowExponent) / (highExponent - lowExponent);
            svg.append("<line class=\"tick\" x1=\"").append(fmt(x)).append("\" y1=\"0\" x2=\"").append(fmt(x))
                    .append("\" y2=\"").append(plotBottom)
                    .append("\" stroke=\"currentColor\" stroke-opacity=\"0.25\"/>")
                    .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(plotBottom + 24)
                    .append("\" text-anchor=\"middle\" font-size=\"16\" fill-opacity=\"0.7\">")
                    .append(Size.format((long) Math.pow(10, exponent))).append("</text>\n");
        }
        int y = 0;
        for (KataMeasurement kata : katas) {
            svg.append("<g class=\"kata\" data-kata=\"").append(Html.escape(kata.id())).append("\">\n");
            svg.append("<text x=\"0\" y=\"").append(y + 21).append("\" font-weight=\"bold\">")
                    .append(Html.escape(kata.id())).append("</text>")
                    .append("<text x=\"").append(LABELS + 8).append("\" y=\"").append(y + 21)
                    .append("\" fill-opacity=\"0.75\">")
                    .append(Html.escape(timesSmaller(kata))).append("</text>\n");
            y += HEADER;
            bar(svg, "starter", "before", kata.starter().imageBytes(), y);
            y += ROW;
            bar(svg, "solution", "after", kata.solution().imageBytes(), y);
            y += ROW;
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** "N times smaller", rounded the way a person would say it. */
    static String timesSmaller(KataMeasurement kata) {
        double times = kata.timesSmaller();
        if (times < 1) {
            return String.format(Locale.ROOT, "%.1f times bigger", 1 / times);
        }
        return (times < 10 ? String.format(Locale.ROOT, "%.1f", times) : String.valueOf(Math.round(times)))
                + " times smaller";
    }

    private void bar(StringBuilder svg, String which, String label, long bytes, int top) {
        double width = Math.max(MIN_BAR, PLOT * (Math.log10(bytes) - lowExponent) / (highExponent - lowExponent));
        String colour = which.equals("starter") ? "#e4685d" : "#42b883";
        int middle = top + BAR / 2 + 6;
        svg.append("<text x=\"").append(LABELS - 12).append("\" y=\"").append(middle)
                .append("\" text-anchor=\"end\">").append(label).append("</text>")
                .append("<rect class=\"bar ").append(which).append("\" data-bytes=\"").append(bytes)
                .append("\" x=\"").append(LABELS).append("\" y=\"").append(top).append("\" width=\"")
                .append(fmt(width)).append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"").append(colour)
                .append("\"/>")
                .append("<text x=\"").append(fmt(LABELS + width + 10)).append("\" y=\"").append(middle).append("\">")
                .append(Size.format(bytes)).append("</text>\n");
    }

    private String describe() {
        StringBuilder text = new StringBuilder("Image sizes before and after, logarithmic axis:");
        for (KataMeasurement kata : katas) {
            text.append(' ').append(kata.id()).append(' ').append(Size.format(kata.starter().imageBytes()))
                    .append(" before, ").append(Size.format(kata.solution().imageBytes())).append(" after;");
        }
        return text.substring(0, text.length() - 1) + ".";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
