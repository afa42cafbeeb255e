package dojo.interview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results the grader has recorded under {@code <root>/.dojo/results}, one file per kata.
 *
 * @param katas the readable result files, ordered by kata id
 * @param unreadable one line for each file that could not be read, naming it and why
 */
public record GradedResults(List<KataResults> katas, List<String> unreadable) {

    /** Where the grader writes results, relative to the repository root. */
    public static final String FOLDER = ".dojo/results";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public GradedResults {
        katas = List.copyOf(katas);
        unreadable = List.copyOf(unreadable);
    }

    /** Reads every result file; a missing folder simply means nothing has been graded yet. */
    public static GradedResults load(Path root) {
        Path folder = root.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new GradedResults(List.of(), List.of());
        }
        List<KataResults> katas = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                read(file).ifPresentOrElse(katas::add, () -> unreadable.add(unreadableLine(file)));
            }
        } catch (IOException e) {
            unreadable.add(FOLDER + " could not be listed (" + e.getMessage() + ")");
        }
        katas.sort(Comparator.comparing(KataResults::kata));
        return new GradedResults(katas, unreadable);
    }

    private static Optional<KataResults> read(Path file) {
        try {
            KataResults results = JSON.readValue(file.toFile(), KataResults.class);
            if (results.kata() == null || results.kata().isBlank()) {
                String name = file.getFileName().toString();
                results = new KataResults(name.substring(0, name.length() - ".json".length()), results.attempts());
            }
            return Optional.of(results);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String unreadableLine(Path file) {
        String name = file.getFileName().toString();
        String kata = name.substring(0, name.length() - ".json".length());
        return FOLDER + "/" + name + " is not a result file the coach can read; grade the kata again to rewrite it: "
                + "`./dojo grade " + kata + "`";
    }

    /** The results for one kata, if it has been graded. */
    public Optional<KataResults> of(String kata) {
        return katas.stream().filter(results -> results.kata().equals(kata)).findFirst();
    }
}
