package dojo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.check.Checks;
import dojo.check.Size;
import dojo.image.ImageAnalysis;
import dojo.image.ImageArchive;
import dojo.image.LayerCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/** Builds the fixture images under {@code src/test/resources/fixtures}, streams them from the engine and reports. */
@Tag("engine")
class RealImageReportTest {

    private static final String DOCKER = "/usr/bin/docker";
    private static final String ADDED_THEN_DELETED = "dojo-fixture/added-then-deleted:test";
    private static final String SECRETS_LEFT_BEHIND = "dojo-fixture/secrets-left-behind:test";

    private static ImageAnalysis addedThenDeleted;
    private static ImageAnalysis secretsLeftBehind;

    @BeforeAll
    static void build_and_analyse_the_fixture_images() throws Exception {
        build(ADDED_THEN_DELETED, "added-then-deleted");
        build(SECRETS_LEFT_BEHIND, "secrets-left-behind");
        addedThenDeleted = analyse(ADDED_THEN_DELETED);
        secretsLeftBehind = analyse(SECRETS_LEFT_BEHIND);
    }

    @AfterAll
    static void remove_the_fixture_images() throws Exception {
        new ProcessBuilder(DOCKER, "rmi", "-f", ADDED_THEN_DELETED, SECRETS_LEFT_BEHIND).inheritIO().start().waitFor();
    }

    @Test
    void a_10_mb_file_added_and_then_deleted_is_exactly_10_mb_reclaimable() {
        assertThat(addedThenDeleted.reclaimableBytes()).isEqualTo(10_000_000);
        assertThat(addedThenDeleted.wasted()).extracting(ImageAnalysis.Waste::path, ImageAnalysis.Waste::fate)
                .containsExactly(tuple("/big", ImageAnalysis.Fate.DELETED));
    }

    @Test
    void the_layer_table_names_the_run_instructions() {
        assertThat(addedThenDeleted.layers()).extracting(ImageAnalysis.Layer::instruction)
                .contains("RUN head -c 10000000 /dev/urandom > /big && true", "RUN rm /big");
    }

    @Test
    void a_credentials_file_deleted_in_a_later_layer_is_found_in_the_layer_that_added_it() {
        assertThat(secretsLeftBehind.secrets()).filteredOn(ImageAnalysis.Secret::deleted)
                .extracting(ImageAnalysis.Secret::kind, ImageAnalysis.Secret::location, ImageAnalysis.Secret::excerpt)
                .contains(tuple("GitHub token", "/root/.git-credentials", "ghp_Fi…e0"));
    }

    @Test
    void a_token_set_with_env_is_found_in_the_config() {
        assertThat(secretsLeftBehind.secrets()).extracting(ImageAnalysis.Secret::kind, ImageAnalysis.Secret::location)
                .contains(tuple("variable API_TOKEN", "config Env"));
    }

    @Test
    void the_json_report_of_a_real_image_carries_its_reclaimable_bytes() throws IOException {
        String json = JsonReport.render(Report.of(record()).withAnalysis(addedThenDeleted));

        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.path("version").asInt()).isEqualTo(2);
        assertThat(tree.at("/image/analysis/reclaimableBytes").asLong()).isEqualTo(10_000_000);
    }

    @Test
    void the_html_page_of_a_real_image_shows_the_secret_masked(@TempDir Path dir) throws IOException {
        Path page = HtmlReport.writeTo(dir, Report.of(record()).withAnalysis(secretsLeftBehind));

        String html = Files.readString(page);
        assertThat(html).contains("ghp_Fi…e0", "<svg").doesNotContain("ghp_FixtureFixture");
    }

    private static GradeRecord record() {
        return new GradeRecord("01-go-static", "fixture", "now", "buildkit", 1, null, 84_800_000,
                Size.megabytes(20), Size.megabytes(8), 3, false, List.of(), 0, "", 1,
                List.of(Checks.size(84_800_000, Size.megabytes(20), Size.megabytes(8))));
    }

    private static void build(String tag, String fixture) throws IOException, InterruptedException,
            URISyntaxException {
        Path context = Path.of(RealImageReportTest.class.getResource("/fixtures/" + fixture).toURI());
        ProcessBuilder build = new ProcessBuilder(DOCKER, "build", "-q", "-t", tag, context.toString())
                .redirectErrorStream(true);
        build.environment().put("DOCKER_BUILDKIT", "1");
        Process process = build.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("docker build of fixture %s:%n%s", fixture, output).isZero();
    }

    private static ImageAnalysis analyse(String tag) throws IOException {
        try (InputStream saved = DockerClientFactory.instance().client().saveImageCmd(tag).exec()) {
            ImageArchive archive = ImageArchive.read(saved, ImageAnalysis.interest(), LayerCache.none());
            return ImageAnalysis.of(archive, List.of());
        }
    }
}
