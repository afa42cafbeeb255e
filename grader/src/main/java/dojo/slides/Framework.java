package dojo.slides;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The parts of reveal.js the deck inlines, read from the npm install in {@code slides/node_modules}: the core's
 * style sheet and script, one theme and the speaker-notes plugin.
 *
 * @param version  reveal.js's version, from its {@code package.json}
 * @param coreCss  {@code dist/reveal.css}
 * @param themeCss the theme; its font is embedded as a data URL, so it loads nothing
 * @param coreJs   {@code dist/reveal.js}, which defines {@code Reveal}
 * @param notesJs  {@code dist/plugin/notes.js}, which defines {@code RevealNotes}
 */
public record Framework(String version, String coreCss, String themeCss, String coreJs, String notesJs) {

    /** The theme; among reveal.js's themes, black and white are the ones that fetch no web fonts. */
    static final String THEME = "black";

    private static final List<String> FILES = List.of("dist/reveal.css", "dist/theme/" + THEME + ".css",
            "dist/reveal.js", "dist/plugin/notes.js");

    /** Reads reveal.js from {@code node_modules/reveal.js} under the given slides folder. */
    public static Framework in(Path slidesDir) throws FrameworkMissingException, IOException {
        Path reveal = slidesDir.resolve("node_modules").resolve("reveal.js");
        for (String file : FILES) {
            if (!Files.isRegularFile(reveal.resolve(file))) {
                throw new FrameworkMissingException("reveal.js is not installed: " + reveal.resolve(file)
                        + " is missing");
            }
        }
        String version = new ObjectMapper().readTree(reveal.resolve("package.json").toFile()).path("version")
                .asText("unknown");
        return new Framework(version, Files.readString(reveal.resolve(FILES.get(0))),
                Files.readString(reveal.resolve(FILES.get(1))), Files.readString(reveal.resolve(FILES.get(2))),
                Files.readString(reveal.resolve(FILES.get(3))));
    }
}
