package dojo.dockerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the Dockerfiles under {@code src/test/resources/dockerfiles}, each named after the case it proves. */
final class Fixtures {

    private Fixtures() {
    }

    static String dockerfile(String name) {
        String resource = "/dockerfiles/" + name + ".Dockerfile";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
