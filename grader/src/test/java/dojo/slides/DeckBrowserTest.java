package dojo.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The repository's deck, rendered with the fixture measurements and the reveal.js that {@code npm ci} installed, in
 * Debian's headless chromium. Screenshots land in {@code target/slides-screenshots} for a person to look at.
 */
@Tag("browser")
class DeckBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);

    private static RenderedDeck deck;
    private static ChromeDriver browser;
    private static JavascriptExecutor js;

    @BeforeAll
    static void open_the_rendered_deck_in_chromium(@TempDir Path out, @TempDir Path profile) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The deck is tested in Debian's chromium, and " + CHROMIUM + " or " + CHROMEDRIVER + " is missing."
                    + " Next step: apt-get install -y chromium chromium-driver");
        }
        Path root = RepositoryRoot.find();
        Framework framework;
        try {
            framework = Framework.in(root.resolve("slides"));
        } catch (FrameworkMissingException e) {
            throw new AssertionError(e.getMessage() + ". Next step: cd slides && npm ci", e);
        }
        DeckSource source = DeckSource.parse(Files.readString(root.resolve("slides/deck.md")));
        deck = DeckRenderer.using(framework, root).render(source, Optional.of(Fixtures.measurements()));
        Path page = deck.writeTo(out);

        // An explicit driver and binary, so that Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,720",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        js = browser;
        browser.get(page.toUri().toString());
        waitUntil("Reveal.isReady()");
        // The window size counts the browser's frame; the deck is laid out for a 1280 by 720 viewport.
        long frame = number("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(1280, 720 + (int) frame));
    }

    @AfterAll
    static void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void start_at_the_title_slide() {
        js.executeScript("Reveal.slide(0, 0)");
    }

    @Test
    void the_deck_loads_without_console_errors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();

        assertThat(severe).as("SEVERE console entries").isEmpty();
    }

    @Test
    void the_page_loads_nothing_but_itself() {
        List<?> fetched = (List<?>) js.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(name => !name.startsWith('data:'))");

        assertThat(fetched).as("resources fetched from anywhere but the page").isEmpty();
        assertThat(deck.html()).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?https?://");
    }

    @Test
    void every_slide_renders_going_forward_and_back() {
        long total = number("return Reveal.getTotalSlides()");

        assertThat(total).as("slides in the browser").isEqualTo(deck.slides());
        for (long index = 0; index < total; index++) {
            assertThat(number("return Reveal.getIndices().h")).isEqualTo(index);
            assertCurrentSlideShowsSomething(index);
            js.executeScript("Reveal.next()");
        }
        assertThat(number("return Reveal.getIndices().h")).as("after the last slide").isEqualTo(total - 1);
        for (long index = total - 1; index > 0; index--) {
            js.executeScript("Reveal.prev()");
            assertThat(number("return Reveal.getIndices().h")).isEqualTo(index - 1);
        }
    }

    @Test
    void the_arrow_keys_move_forward_and_back() {
        WebElement body = browser.findElement(By.tagName("body"));

        body.sendKeys(Keys.ARROW_RIGHT);
        long afterRight = number("return Reveal.getIndices().h");
        body.sendKeys(Keys.ARROW_LEFT);
        long afterLeft = number("return Reveal.getIndices().h");

        assertThat(afterRight).as("after ArrowRight").isEqualTo(1);
        assertThat(afterLeft).as("after ArrowLeft").isZero();
    }

    @Test
    void the_chart_slides_draw_each_katas_bars() {
        List<WebElement> charts = browser.findElements(By.cssSelector(".reveal .slides section figure.chart svg"));

        assertThat(charts).as("the overview chart and one per kata").hasSize(4);
        WebElement overview = charts.get(0);
        assertThat(overview.findElements(By.cssSelector("g.kata"))).extracting(g -> g.getAttribute("data-kata"))
                .containsExactly("01-go-static", "02-java-jlink", "03-python-wheels");
        assertThat(overview.findElements(By.cssSelector("rect.bar.starter"))).hasSize(3);
        assertThat(overview.findElements(By.cssSelector("rect.bar.solution"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("section.kata-slide svg rect.bar"))).hasSize(6);
    }

    @Test
    void saves_screenshots_of_the_title_and_a_chart_slide() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target",
                "slides-screenshots"));

        showSlideWith("section");
        Path title = screenshot(dir.resolve("title.png"));
        showSlideWith("figure.chart");
        Path chart = screenshot(dir.resolve("chart.png"));
        showSlideWith("section.kata-slide");
        Path kata = screenshot(dir.resolve("kata.png"));

        assertThat(List.of(title, chart, kata)).allSatisfy(png -> assertThat(Files.size(png)).isPositive());
    }

    private static void assertCurrentSlideShowsSomething(long index) {
        Boolean shown = (Boolean) js.executeScript("const s = Reveal.getCurrentSlide();"
                + " const r = s.getBoundingClientRect();"
                + " return r.width > 0 && r.height > 0 && s.innerText.trim().length > 0"
                + " && getComputedStyle(s).display !== 'none';");
        assertThat(shown).as("slide %d is laid out with visible text", index).isTrue();
    }

    private static void showSlideWith(String selector) {
        js.executeScript("const s = document.querySelector('.reveal .slides ' + arguments[0]).closest('section');"
                + " Reveal.slide(Reveal.getIndices(s).h, 0)", selector);
        // reveal.js animates the move between slides; the screenshot should show where it stopped.
        String position = "return document.querySelector('.reveal .slides section.present').getBoundingClientRect().x";
        Object before = js.executeScript(position);
        Instant deadline = Instant.now().plus(LOAD_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            pause();
            Object now = js.executeScript(position);
            if (now.equals(before)) {
                return;
            }
            before = now;
        }
        fail("Expecting the slide with " + selector + " to stop moving\nwithin " + LOAD_TIMEOUT.toSeconds() + " s");
    }

    private static Path screenshot(Path file) throws IOException {
        return Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static long number(String script) {
        return ((Number) js.executeScript(script)).longValue();
    }

    private static void waitUntil(String condition) {
        Instant deadline = Instant.now().plus(LOAD_TIMEOUT);
        while (!Boolean.TRUE.equals(js.executeScript("return Boolean(" + condition + ")"))) {
            if (Instant.now().isAfter(deadline)) {
                fail("Expecting the deck to reach: " + condition + "\nwithin " + LOAD_TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the deck", e);
        }
    }
}
