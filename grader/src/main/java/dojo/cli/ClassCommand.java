package dojo.cli;

import dojo.classroom.ClassGrade;
import dojo.classroom.ClassListener;
import dojo.classroom.ClassSettings;
import dojo.classroom.ClassSummary;
import dojo.classroom.Classroom;
import dojo.classroom.Gradebook;
import dojo.classroom.KataGrader;
import dojo.classroom.Learner;
import dojo.classroom.Outcome;
import dojo.classroom.Shard;
import dojo.classroom.Sweeper;
import dojo.engine.Engine;
import dojo.engine.EngineUnavailableException;
import dojo.kata.KataCatalogue;
import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Grades a whole class of submissions and writes the gradebook. */
@Command(name = "class", mixinStandardHelpOptions = true, description = {
        "Grade every learner's Dockerfiles: SUBMISSIONS holds one folder per learner, with kata folders",
        "(ana/01-go-static/Dockerfile) or a clone of this repository. Writes gradebook.csv, gradebook.html and,",
        "per learner, junit.xml, results.json, the grade records and the logs, to --out.",
        "Exit status: 0 when the run completed (whatever the learners' grades), 2 on bad input."})
public final class ClassCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBMISSIONS", description = "the folder with one folder per learner")
    Path submissions;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the results go")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default: the core count)")
    Integer jobs;

    @Option(names = "--regrade", description = "grade again what --out already has a grade for")
    boolean regrade;

    @Option(names = "--shard", paramLabel = "i/n", description = "grade only the i-th of n slices of the class")
    String shard;

    @Option(names = "--kata", paramLabel = "ID", description = "grade only this kata (repeatable; default: all)")
    List<String> katas = new ArrayList<>();

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "stop a build that runs longer (default: ${DEFAULT-VALUE})")
    long buildTimeout;

    @Option(names = "--probe-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long the app may take to answer (default: ${DEFAULT-VALUE})")
    long probeTimeout;

    @Option(names = "--context-limit", paramLabel = "SIZE", defaultValue = "100MB",
            description = "refuse a kata folder larger than this, e.g. 100MB or 1GB (default: ${DEFAULT-VALUE})")
    String contextLimit;

    @Option(names = "--watchdog", paramLabel = "SECONDS",
            description = "stop one whole grading after this long (default: twice the build timeout, plus the"
                    + " probe timeout, plus 2 minutes)")
    Long watchdog;

    @Option(names = "--builder", paramLabel = "NAME", description = "the buildx builder to build with")
    String builder;

    /** The repository; tests set it, the launcher's DOJO_ROOT sets it otherwise. */
    Path root;
    /** How submissions are graded and swept; tests replace them to run without an engine. */
    KataGrader grader;
    Sweeper sweeper;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ClassSettings settings = settings();
            Classroom classroom = Classroom.of(settings,
                    grader != null ? grader : KataGrader.of(KataCatalogue.in(settings.root())),
                    sweeper != null ? sweeper : Sweeper.engine());
            ClassSummary summary = classroom.run(new TerminalProgress(err));
            report(summary, out);
            return 0;
        } catch (BadInput e) {
            err.println("dojo class: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("dojo class: could not read the submissions or write the results: " + e.getMessage()
                    + "; check the folders' permissions and free space, then run it again (it resumes)");
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private ClassSettings settings() throws BadInput {
        Path repository = (root != null ? root : RepositoryRoot.find()).toAbsolutePath().normalize();
        KataCatalogue catalogue = KataCatalogue.in(repository);
        if (catalogue.ids().isEmpty()) {
            throw new BadInput("there are no katas under " + repository.resolve("katas") + "; run it from a clone of"
                    + " the dojo");
        }
        Path from = submissions.toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) {
            throw new BadInput("there is no folder " + submissions + "; pass the folder that holds one folder per"
                    + " learner");
        }
        Path to = out.toAbsolutePath().normalize();
        if (to.startsWith(from) || from.startsWith(to)) {
            throw new BadInput("--out " + out + " and the submissions " + submissions + " overlap; write the"
                    + " results to a folder outside the submissions, for example --out results");
        }
        if (Files.exists(to) && !Files.isDirectory(to)) {
            throw new BadInput("--out " + out + " is a file; name a folder");
        }
        for (String kata : katas) {
            if (!catalogue.contains(kata)) {
                throw new BadInput("there is no kata named '" + kata + "'; known katas: "
                        + String.join(", ", catalogue.ids()));
            }
        }
        if (jobs != null && jobs < 1) {
            throw new BadInput("--jobs must be at least 1, not " + jobs);
        }
        if (buildTimeout < 1 || probeTimeout < 1 || (watchdog != null && watchdog < 1)) {
            throw new BadInput("timeouts are whole seconds, at least 1");
        }
        ClassSettings settings = ClassSettings.of(repository, from, to)
                .withRegrade(regrade)
                .withKatas(katas)
                .withBuildTimeout(Duration.ofSeconds(buildTimeout))
                .withProbeTimeout(Duration.ofSeconds(probeTimeout))
                .withContextLimit(bytes(contextLimit))
                .withBuilder(builder);
        if (jobs != null) {
            settings = settings.withJobs(jobs);
        }
        if (watchdog != null) {
            settings = settings.withWatchdog(Duration.ofSeconds(watchdog));
        }
        if (shard != null) {
            try {
                settings = settings.withShard(Shard.parse(shard));
            } catch (IllegalArgumentException e) {
                throw new BadInput("--shard: " + e.getMessage());
            }
        }
        if (grader == null) {
            try {
                Engine.connect();
            } catch (EngineUnavailableException e) {
                throw new BadInput(e.getMessage());
            }
        }
        return settings;
    }

    /** A size such as {@code 100MB}, {@code 2g} or {@code 5000000}, in decimal units as {@code docker} shows them. */
    static long bytes(String text) throws BadInput {
        Matcher size = SIZE.matcher(text.trim());
        if (!size.matches()) {
            throw new BadInput("--context-limit is a size such as 100MB or 1GB, not '" + text + "'");
        }
        long unit = switch (size.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1000L;
            case "m" -> 1000L * 1000;
            case "g" -> 1000L * 1000 * 1000;
            default -> 1L;
        };
        return Long.parseLong(size.group(1)) * unit;
    }

    private void report(ClassSummary summary, PrintWriter shown) {
        Gradebook book = summary.gradebook();
        int width = summary.learners().stream().mapToInt(l -> l.folder().length()).max().orElse(8);
        shown.println();
        for (Learner learner : summary.learners()) {
            shown.println(String.format(Locale.ROOT, "%-" + width + "s  %s", learner.folder(), book.total(learner)));
        }
        shown.println();
        List<String> counts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            long count = summary.count(outcome);
            if (count > 0) {
                counts.add(count + " " + outcome.label());
            }
        }
        shown.println("Graded " + summary.grades().size() + " submissions of " + summary.learners().size()
                + " learners in " + clock(summary.elapsed()) + (summary.alreadyGraded() > 0 ? " ("
                + summary.alreadyGraded() + " from an earlier run)" : "") + ": " + String.join(", ", counts) + ".");
        if (!summary.ignored().isEmpty()) {
            shown.println("Not learners, left alone: " + String.join(", ", summary.ignored()));
        }
        Path dir = out.toAbsolutePath().normalize();
        shown.println("Gradebook: " + dir.resolve("gradebook.html") + " and gradebook.csv; per learner: "
                + dir.resolve("learners") + "/ID/ (junit.xml, results.json, logs)");
    }

    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** One line per graded submission: n of N, elapsed, time left. */
    private static final class TerminalProgress implements ClassListener {

        private final PrintWriter err;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int total, int alreadyGraded) {
            synchronized (err) {
                err.println("Grading " + (total - alreadyGraded) + " of " + total + " submissions"
                        + (alreadyGraded > 0 ? " (" + alreadyGraded + " already graded; --regrade grades them"
                        + " again)" : "") + "; each one's progress is in its log.");
                err.flush();
            }
        }

        @Override
        public void graded(ClassGrade grade, Tally tally) {
            String result = grade.outcome() == Outcome.PASSED ? grade.tier() : grade.outcome().label();
            String line = String.format(Locale.ROOT, "[%d/%d] %s %s: %s, %d/%d points · %s elapsed · %s left",
                    tally.done(), tally.total(), grade.folder(), grade.kata(), result, grade.points(),
                    grade.possible(), clock(tally.elapsed()),
                    tally.remaining().map(left -> "about " + clock(left)).orElse("unknown"));
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        }
    }

    /** Input the command cannot work with; the message says what to do instead. */
    static final class BadInput extends Exception {

        BadInput(String message) {
            super(message);
        }
    }
}
