package dojo.slides;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The deck fixtures under {@code src/test/resources/slides}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/slides/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource slides/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Measurements measurements() {
        try {
            return Measurements.read(resource("catalogue.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MeasurementsUnreadableException e) {
            throw new IllegalStateException(e);
        }
    }

    static DeckSource deck() {
        try {
            return DeckSource.parse(Files.readString(resource("deck.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DeckSourceException e) {
            throw new IllegalStateException(e);
        }
    }

    static Framework fakeFramework() {
        try {
            return Framework.in(resource("fake-reveal"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FrameworkMissingException e) {
            throw new IllegalStateException(e);
        }
    }
}
