package dojo.slides;

import dojo.check.Size;
import dojo.check.ToolNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The generated before-and-after slide of one kata: its two bars, its measurements side by side and its stages. */
final class KataSlide {

    private final KataMeasurement kata;
    private final String caption;
    private final List<String> starterStages;
    private final List<String> solutionStages;

    private KataSlide(KataMeasurement kata, String caption, List<String> starterStages, List<String> solutionStages) {
        this.kata = kata;
        this.caption = caption;
        this.starterStages = starterStages;
        this.solutionStages = solutionStages;
    }

    /** The slide of one kata, with the stages read from its starter and reference Dockerfiles under the root. */
    static KataSlide of(KataMeasurement kata, String caption, Path root) {
        return new KataSlide(kata, caption, Stages.of(root.resolve("katas").resolve(kata.id()).resolve("Dockerfile")),
                Stages.of(root.resolve("solutions").resolve(kata.id()).resolve("Dockerfile")));
    }

    String html() {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"kata-slide\" data-kata=\"").append(Html.escape(kata.id())).append("\">\n");
        html.append("<h3>").append(Html.escape(kata.title())).append("</h3>\n");
        html.append(Figure.of(SizeChart.of(List.of(kata)).svg(), caption)).append('\n');
        html.append("<table class=\"before-after\">\n<thead><tr><th></th><th>before: the starter</th>")
                .append("<th>after: the solution</th></tr></thead>\n<tbody>\n");
        row(html, "image", m -> Size.format(m.imageBytes()));
        row(html, "layers", m -> String.valueOf(m.layers()));
        row(html, "build tools left", m -> m.toolchains().isEmpty() ? "none" : String.join(", ", ToolNames.of(m.toolchains())));
        row(html, "Debian packages", m -> String.valueOf(m.packages()));
        row(html, "build time", m -> String.format(Locale.ROOT, "%.1f s", m.buildSeconds()));
        if (!starterStages.isEmpty() && !solutionStages.isEmpty()) {
            html.append("<tr><th>stages</th><td>").append(stages(starterStages)).append("</td><td>")
                    .append(stages(solutionStages)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<aside class=\"notes\">").append(Html.escape(notes())).append("</aside>\n");
        return html.append("</section>").toString();
    }

    private void row(StringBuilder html, String label, Function<ImageMeasurement, String> value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(Html.escape(value.apply(kata.starter())))
                .append("</td><td>").append(Html.escape(value.apply(kata.solution()))).append("</td></tr>\n");
    }

    private static String stages(List<String> stages) {
        return stages.stream().map(s -> "<code>" + Html.escape(s) + "</code>").collect(Collectors.joining(" → "));
    }

    private String notes() {
        ImageMeasurement before = kata.starter();
        ImageMeasurement after = kata.solution();
        String tier = after.tier().isEmpty() ? "" : " The reference solution earns the " + after.tier() + " tier.";
        return "Same app, " + SizeChart.timesSmaller(kata) + ": " + Size.format(before.imageBytes()) + " with "
                + (before.toolchains().isEmpty() ? "no build tools" : String.join(", ", ToolNames.of(before.toolchains())))
                + " inside, down to " + Size.format(after.imageBytes()) + " with "
                + (after.toolchains().isEmpty() ? "none" : String.join(", ", ToolNames.of(after.toolchains()))) + "." + tier
                + " Built by " + after.builder() + "; " + caption + ".";
    }
}
