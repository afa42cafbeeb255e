package dojo.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The coach's Markdown, read from the repository's {@code interview/} folder at run time so a learner can edit
 * it and see the change straight away.
 */
public final class CoachContent {

    /** The interview question the coach prepares the learner to answer. */
    public static final String QUESTION = "Tell me something you have done innovatively in your organisation that "
            + "helped the customer or business, with results.";

    /** The folder, under the repository root, that holds the coach's Markdown. */
    public static final String FOLDER = "interview";

    private static final Map<String, String> SCRIPTS = Map.of("60s", "scripts/answer-60s.md",
            "2min", "scripts/answer-2min.md");

    private final Path root;

    private CoachContent(Path root) {
        this.root = root;
    }

    /** The content of the repository at {@code root}. */
    public static CoachContent at(Path root) {
        return new CoachContent(root);
    }

    /** The coached STAR template. */
    public String template() {
        return read("template.md");
    }

    /** The model answer, with placeholders for the learner's figures. */
    public String modelAnswer() {
        return read("model-answer.md");
    }

    /** The weak answer and what is wrong with it. */
    public String weakAnswer() {
        return read("weak-answer.md");
    }

    /** The follow-up questions and their model replies. */
    public String followUps() {
        return read("follow-ups.md");
    }

    /**
     * An answer script: {@code 60s} or {@code 2min} for the shipped ones, or the path of the learner's own
     * Markdown file, relative to the working directory.
     */
    public String script(String nameOrPath) {
        String shipped = SCRIPTS.get(nameOrPath);
        if (shipped != null) {
            return read(shipped);
        }
        Path own = Path.of(nameOrPath);
        if (!Files.exists(own)) {
            throw new MissingCoachFileException("no answer script '" + nameOrPath + "': use 60s, 2min, or the path "
                    + "of a Markdown file with your answer");
        }
        return AnswerFile.read(own);
    }

    private String read(String relative) {
        Path file = root.resolve(FOLDER).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new MissingCoachFileException(FOLDER + "/" + relative + " is missing from " + root
                    + "; restore it with `git checkout -- " + FOLDER + "/" + relative + "`");
        }
        return readFile(file);
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
