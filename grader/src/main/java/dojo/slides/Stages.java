package dojo.slides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code FROM} lines of a Dockerfile, which show a build's stages at a glance on a before-and-after slide. */
final class Stages {

    private Stages() {
    }

    /** What follows each {@code FROM}, in order; empty when the file is missing or unreadable. */
    static List<String> of(Path dockerfile) {
        if (!Files.isRegularFile(dockerfile)) {
            return List.of();
        }
        try {
            return Files.readAllLines(dockerfile).stream()
                    .map(String::strip)
                    .filter(line -> line.toUpperCase(Locale.ROOT).startsWith("FROM "))
                    .map(line -> line.substring("FROM ".length()).strip())
                    .toList();
        } catch (IOException e) {
            // The stages are a reading aid; a slide without them still shows every measurement.
            return List.of();
        }
    }
}
