package dojo.slides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The deck as one self-contained HTML page.
 *
 * @param html   the page, with reveal.js, its theme and every chart inlined
 * @param slides how many slides it has
 */
public record RenderedDeck(String html, int slides) {

    /** The page's file name inside the output folder. */
    public static final String FILE = "index.html";

    /** Writes the page as {@code index.html} in the folder, creating the folder when needed. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path page = dir.resolve(FILE);
        Files.writeString(page, html);
        return page;
    }
}
