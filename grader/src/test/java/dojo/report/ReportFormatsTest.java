package dojo.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Report starterReport = Report.of(ReportFixtures.starter())
            .withAnalysis(ReportFixtures.starterAnalysis());
    private final Report beforeAndAfter = Report.of(ReportFixtures.solution())
            .withAnalysis(ReportFixtures.solutionAnalysis())
            .withStarter(ReportFixtures.starter(), ReportFixtures.starterAnalysis());

    @Test
    void the_json_report_has_the_shape_of_exercism_results_version_2() throws IOException {
        JsonNode json = JSON.readTree(JsonReport.render(starterReport));

        assertThat(json.path("version").asInt()).isEqualTo(2);
        assertThat(json.path("status").asText()).isEqualTo("fail");
        assertThat(json.has("message")).isTrue();
        JsonNode test = json.path("tests").get(0);
        assertThat(test.path("name").asText()).isEqualTo("image is at most 20 MB");
        assertThat(test.path("status").asText()).isEqualTo("fail");
        assertThat(test.path("message").asText()).isNotBlank();
        assertThat(test.path("measured").asText()).isEqualTo("1.1 GB");
        assertThat(test.path("threshold").asText()).isNotBlank();
        assertThat(test.path("level").asText()).isEqualTo("required");
    }

    @Test
    void the_json_report_carries_the_analysis_under_image() throws IOException {
        JsonNode json = JSON.readTree(JsonReport.render(starterReport));

        assertThat(json.at("/image/analysis/reclaimableBytes").asLong()).isEqualTo(10_000_000);
        assertThat(json.at("/image/analysis/secrets/0/excerpt").asText()).isEqualTo("ghp_ab…yz");
    }

    @Test
    void a_passing_check_has_a_null_message_as_exercism_expects() throws IOException {
        JsonNode json = JSON.readTree(JsonReport.render(Report.of(ReportFixtures.solution())));

        assertThat(json.path("status").asText()).isEqualTo("pass");
        assertThat(json.path("tests").get(0).path("message").isNull()).isTrue();
    }

    @Test
    void a_check_that_could_not_be_measured_makes_the_run_an_error_with_its_message() throws IOException {
        CheckResult notMeasured = Checks.notMeasured(Checks.SIZE, "image size", "the image did not build");
        GradeRecord record = new GradeRecord("01-go-static", "Dockerfile", "now", "", 0, null, 0,
                Size.megabytes(20), Size.megabytes(8), 0, false, List.of(), 0, "", 1, List.of(notMeasured));

        JsonNode json = JSON.readTree(JsonReport.render(Report.of(record)));

        assertThat(json.path("status").asText()).isEqualTo("error");
        assertThat(json.path("message").asText()).contains("the image did not build");
    }

    @Test
    void the_markdown_report_shows_layers_reclaimable_bytes_and_before_and_after() {
        String md = MarkdownReport.render(beforeAndAfter);

        assertThat(md).contains("## Layers", "| 1 | `COPY /out/greeter /greeter` | 7 MB | 100.0 % |",
                "## Reclaimable", "0 B reclaimable", "## Before and after", "| size | 1.1 GB | 7.2 MB |");
    }

    @Test
    void the_html_page_is_self_contained_with_both_charts_as_svg(@TempDir Path dir) throws IOException {
        Path page = HtmlReport.writeTo(dir.resolve("report"), beforeAndAfter);

        String html = Files.readString(page);
        assertThat(html).contains("<title>layer sizes</title>", "<title>before and after</title>");
        assertThat(html).as("viewable offline: nothing is fetched")
                .doesNotContain("http://", "https://", "src=", "<link");
    }

    @Test
    void the_html_page_escapes_instructions() {
        String html = HtmlReport.render(starterReport);

        assertThat(html).contains("golang-go &lt;vim&gt;").doesNotContain("<vim>");
    }

    @Test
    void the_terminal_card_aligns_the_layer_table_and_lists_the_wasted_paths() {
        String card = ReportCard.plain().render(starterReport);

        assertThat(card).contains("  #  instruction", "  2  RUN apt-get install -y golang-go <vim>  975 MB  84.0 %",
                "Reclaimable  10 MB", "/big  10 MB  layer 2   deleted in layer 3",
                "GitHub token  /root/.git-credentials  2 (deleted later)  ghp_ab…yz");
    }

    @Test
    void the_plain_card_has_no_escape_codes() {
        String card = ReportCard.plain().render(beforeAndAfter);

        assertThat(card).doesNotContain("\u001b[").contains("Before and after", "starter ", "now     ");
    }

    @Test
    void the_coloured_card_colours_the_reclaimable_bytes() {
        String card = ReportCard.coloured().render(starterReport);

        assertThat(card).contains("\u001b[33m10 MB\u001b[0m");
    }
}
