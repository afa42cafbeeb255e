package dojo.cli;

import dojo.interview.AnswerFile;
import dojo.interview.CoachContent;
import dojo.interview.Draft;
import dojo.interview.DraftBuilder;
import dojo.interview.MissingCoachFileException;
import dojo.interview.Pacer;
import dojo.interview.RehearsalSession;
import dojo.interview.Rubric;
import dojo.interview.Score;
import dojo.interview.UnreadableAnswerException;
import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dojo interview}: the coach for the interview question about work that helped the customer or the
 * business, told with the learner's own katas.
 */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Prepare the answer to: \"" + CoachContent.QUESTION + "\"",
                "Start with `template`, then `draft`, `score` and `rehearse`. See interview/README.md."},
        subcommands = {InterviewCommand.Template.class, InterviewCommand.DraftAnswer.class,
                InterviewCommand.ScoreAnswer.class, InterviewCommand.Rehearse.class})
public final class InterviewCommand implements Runnable {

    /** Everything went as asked. */
    public static final int OK = 0;
    /** The answer scored below the pass mark. */
    public static final int BELOW_PASS = 1;
    /** The input could not be used: a missing file, a bad option, no repository. */
    public static final int BAD_INPUT = 2;

    static final int MIN_WPM = 60;
    static final int MAX_WPM = 300;

    @Spec
    private CommandSpec spec;

    private final Supplier<InputStream> input;
    private final Clock clock;
    private final Pacer pacer;

    /** The command as the terminal runs it: standard input, the system clock, real pauses. */
    public InterviewCommand() {
        this(() -> System.in, Clock.systemUTC(), Pacer.sleeping());
    }

    /** The command with its input, clock and pacing supplied, so a test can drive {@code rehearse}. */
    public InterviewCommand(InputStream input, Clock clock, Pacer pacer) {
        this(() -> input, clock, pacer);
    }

    private InterviewCommand(Supplier<InputStream> input, Clock clock, Pacer pacer) {
        this.input = input;
        this.clock = clock;
        this.pacer = pacer;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code --root} option every subcommand shares. */
    static final class RootOption {

        @Option(names = "--root", paramLabel = "DIR",
                description = "The dojo repository (default: -Ddojo.root, else the folder above here that holds "
                        + "katas/ and pom.xml).")
        private Path root;

        Optional<Path> resolve() {
            return root != null ? Optional.of(root.toAbsolutePath().normalize()) : RepositoryRoot.locate();
        }
    }

    /** Shared plumbing: where to print, and the one-line error with its next step. */
    abstract static class Subcommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RootOption rootOption;

        @Override
        public final Integer call() {
            try {
                return execute();
            } catch (MissingCoachFileException | UnreadableAnswerException | UncheckedIOException e) {
                return badInput(e.getMessage());
            }
        }

        abstract int execute();

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Optional<Path> root() {
            Optional<Path> root = rootOption.resolve();
            if (root.isEmpty()) {
                badInput("cannot find the dojo repository (a folder holding katas/ and pom.xml); run ./dojo from "
                        + "inside it, or pass --root DIR");
            }
            return root;
        }

        int badInput(String message) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("dojo interview " + spec.name() + ": " + message);
            err.flush();
            return BAD_INPUT;
        }
    }

    /** {@code dojo interview template}. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Print the coached STAR template: each part's length, what to put in it, what to avoid.")
    static final class Template extends Subcommand {

        @Override
        int execute() {
            Optional<Path> root = root();
            if (root.isEmpty()) {
                return BAD_INPUT;
            }
            out().print(CoachContent.at(root.get()).template());
            out().flush();
            return OK;
        }
    }

    /** {@code dojo interview draft}. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"Draft your answer from your graded katas' measured results.",
                    "It never invents a figure: a missing one is a [placeholder] naming the kata to grade."})
    static final class DraftAnswer extends Subcommand {

        @Override
        int execute() {
            Optional<Path> root = root();
            if (root.isEmpty()) {
                return BAD_INPUT;
            }
            Draft draft = DraftBuilder.build(root.get());
            out().print(draft.markdown());
            out().flush();
            return OK;
        }
    }

    /** {@code dojo interview score FILE}. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score an answer against the rubric, with evidence and a fix for each criterion.",
                    "Exit code 0 when it passes, 1 when it does not yet, 2 when FILE cannot be read."})
    static final class ScoreAnswer extends Subcommand {

        @Parameters(paramLabel = "FILE", description = "The answer, in Markdown or plain text; - reads stdin.")
        private String file;

        @ParentCommand
        private InterviewCommand parent;

        @Override
        int execute() {
            Optional<String> text = readAnswer();
            if (text.isEmpty()) {
                return BAD_INPUT;
            }
            Score score = Rubric.score(text.get());
            out().print(score.report());
            out().flush();
            return score.passes() ? OK : BELOW_PASS;
        }

        private Optional<String> readAnswer() {
            if (file.equals("-")) {
                try {
                    return Optional.of(AnswerFile.decode(parent.input.get().readAllBytes(), "standard input"));
                } catch (IOException e) {
                    badInput("could not read standard input (" + e.getMessage() + ")");
                    return Optional.empty();
                }
            }
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                badInput("no such file: " + file + "; pass the path of your answer, for example "
                        + "`./dojo interview score interview/model-answer.md`");
                return Optional.empty();
            }
            return Optional.of(AnswerFile.read(path));
        }
    }

    /** {@code dojo interview rehearse}. */
    @Command(name = "rehearse", mixinStandardHelpOptions = true,
            description = {"Rehearse aloud: Enter starts the timer, Enter stops it; then paste a transcript to "
                    + "score it and to estimate your speaking rate.",
                    "With --prompter, scroll an answer script at --wpm words a minute instead."})
    static final class Rehearse extends Subcommand {

        @Option(names = "--prompter", paramLabel = "SCRIPT",
                description = "Scroll a script: 60s, 2min, or the path of your own answer.")
        private String prompter;

        @Option(names = "--wpm", paramLabel = "N", defaultValue = "140",
                description = "Prompter speed in words a minute (default: ${DEFAULT-VALUE}).")
        private int wpm;

        @ParentCommand
        private InterviewCommand parent;

        @Override
        int execute() {
            RehearsalSession session = new RehearsalSession(parent.clock, parent.pacer);
            if (prompter == null) {
                session.run(parent.input.get(), out());
                return OK;
            }
            if (wpm < MIN_WPM || wpm > MAX_WPM) {
                return badInput("--wpm " + wpm + " is outside " + MIN_WPM + "–" + MAX_WPM + "; try --wpm 140, a "
                        + "comfortable interview pace");
            }
            Optional<Path> root = root();
            if (root.isEmpty()) {
                return BAD_INPUT;
            }
            String script = CoachContent.at(root.get()).script(prompter);
            session.prompt(script, wpm, parent.input.get(), out());
            return OK;
        }
    }
}
