package dojo.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.kata.GradingInput;
import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.Progress;
import dojo.report.GradeRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades a class: every learner's Dockerfile for every kata, by the kata's own test class, several at once. Each
 * grading builds in a fresh copy of the kata folder, under its own run label, with the app run without network, and
 * is swept from the engine when it ends, however it ends. A grading that fails, hangs or crashes is reported as such;
 * it never stops the others. Every grade is saved the moment it is made, so a run that is stopped resumes where it
 * was.
 */
public final class Classroom {

    private static final Logger LOG = LoggerFactory.getLogger(Classroom.class);

    private final ClassSettings settings;
    private final KataGrader grader;
    private final Sweeper sweeper;
    private final String runId;
    private final GradeStore store;
    private final Map<String, List<CheckResult>> shapes = new ConcurrentHashMap<>();
    private final Map<String, ClassGrade> grades = new ConcurrentHashMap<>();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    private Classroom(ClassSettings settings, KataGrader grader, Sweeper sweeper) {
        this.settings = settings;
        this.grader = grader;
        this.sweeper = sweeper;
        this.runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        this.store = GradeStore.in(settings.out());
    }

    /** A class run that grades with {@code grader} and sweeps the engine with {@code sweeper}. */
    public static Classroom of(ClassSettings settings, KataGrader grader, Sweeper sweeper) {
        return new Classroom(settings, grader, sweeper);
    }

    /** The run's id: every run label of this run starts with {@code class-ID-}. */
    public String runId() {
        return runId;
    }

    /** The label everything made for one learner's kata carries. */
    public String label(Learner learner, String kata) {
        return "class-" + runId + "-" + learner.id() + "-" + kata;
    }

    /** Grades the class and writes every output; returns when every grading has ended. */
    public ClassSummary run(ClassListener listener) throws IOException {
        long started = System.nanoTime();
        List<String> katas = settings.katas().isEmpty() ? KataCatalogue.in(settings.root()).ids() : settings.katas();
        Roster roster = Roster.of(settings.submissions());
        List<Learner> learners = settings.shard().select(roster.learners());
        List<Submission> todo = new ArrayList<>();
        for (Learner learner : learners) {
            for (String kata : katas) {
                Optional<ClassGrade> kept = settings.regrade() ? Optional.empty() : store.find(learner, kata);
                kept.ifPresentOrElse(grade -> grades.put(key(learner.id(), kata), grade),
                        () -> todo.add(Submission.find(learner, kata)));
            }
        }
        int total = learners.size() * katas.size();
        int already = grades.size();
        listener.started(total, already);
        AtomicInteger fresh = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), daemonThreads());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Submission submission : todo) {
                running.add(pool.submit(() -> {
                    ClassGrade grade = gradeSafely(submission);
                    grades.put(key(grade.learner(), grade.kata()), grade);
                    save(grade, learners, katas);
                    int graded = fresh.incrementAndGet();
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                    int done = already + graded;
                    Optional<Duration> left = Optional.of(elapsed.dividedBy(graded).multipliedBy(total - done));
                    listener.graded(grade, new ClassListener.Tally(done, total, elapsed, left));
                    return null;
                }));
            }
            for (Future<?> future : running) {
                waitFor(future);
            }
        } finally {
            pool.shutdownNow();
        }
        // A grading stopped by the watchdog may have made something after its first sweep.
        abandoned.forEach(this::sweepQuietly);
        List<ClassGrade> all = ordered(learners, katas);
        writeGradebook(learners, katas, all);
        return new ClassSummary(runId, learners, katas, all, already, roster.ignored(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void waitFor(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the class run was interrupted; run it again to resume", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // Saving a grade failed (a full disk, say); the grade is lost, the run goes on and a rerun redoes it.
            LOG.warn("a grade could not be saved: {}; run the class again to grade it", e.getCause().toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dojo-class-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String key(String learner, String kata) {
        return learner + "\u0000" + kata;
    }

    private List<ClassGrade> ordered(List<Learner> learners, List<String> katas) {
        List<ClassGrade> all = new ArrayList<>();
        for (Learner learner : learners) {
            for (String kata : katas) {
                Optional.ofNullable(grades.get(key(learner.id(), kata))).ifPresent(all::add);
            }
        }
        return all;
    }

    private synchronized void save(ClassGrade grade, List<Learner> learners, List<String> katas) throws IOException {
        store.save(grade);
        List<ClassGrade> learnerGrades = ordered(learners, katas).stream()
                .filter(g -> g.learner().equals(grade.learner())).toList();
        Path folder = store.folder(grade.learner());
        AtomicFiles.write(folder.resolve("junit.xml"), JunitReport.render(grade.learner(), learnerGrades));
        AtomicFiles.write(folder.resolve("results.json"), ExercismResults.render(learnerGrades));
        writeGradebook(learners, katas, ordered(learners, katas));
    }

    private synchronized void writeGradebook(List<Learner> learners, List<String> katas, List<ClassGrade> all)
            throws IOException {
        Gradebook book = Gradebook.of(learners, katas, all);
        AtomicFiles.write(settings.out().resolve("gradebook.csv"), book.csv());
        String note = all.size() + " of " + learners.size() * katas.size() + " submissions graded; written "
                + Instant.now() + (settings.shard().count() > 1 ? "; shard " + settings.shard() : "") + ".";
        AtomicFiles.write(settings.out().resolve("gradebook.html"), book.html("Gradebook", note));
    }

    private ClassGrade gradeSafely(Submission submission) {
        Learner learner = submission.learner();
        String label = label(learner, submission.kata());
        long started = System.nanoTime();
        try (LogFile log = LogFile.open(store.folder(learner.id()).resolve(submission.kata() + ".log"))) {
            log.line("grading " + submission.expectedDockerfile() + " (run label " + label + ")");
            ClassGrade grade = grade(submission, label, log, started);
            log.line("outcome: " + grade.outcome().label() + (grade.message().isEmpty() ? "" : ", "
                    + grade.message()));
            return grade;
        } catch (IOException | RuntimeException e) {
            return notGraded(submission, Outcome.ERROR, "the grader failed: " + e, started);
        } finally {
            sweepQuietly(label);
        }
    }

    private void sweepQuietly(String label) {
        try {
            sweeper.sweep(label);
        } catch (RuntimeException e) {
            LOG.warn("could not sweep {} from the engine: {}; remove it with `docker ps -aq --filter label={}={}"
                    + " | xargs docker rm -f`", label, e.getMessage(), dojo.engine.Engine.RUN_LABEL, label);
        }
    }

    private ClassGrade grade(Submission submission, String label, LogFile log, long started) throws IOException {
        if (submission.folder().isEmpty()) {
            return notGraded(submission, Outcome.MISSING, "there is no " + submission.kata() + " folder; hand in "
                    + submission.expectedDockerfile(), started);
        }
        if (submission.dockerfile().isEmpty()) {
            return notGraded(submission, Outcome.MISSING, "there is no Dockerfile in the " + submission.kata()
                    + " folder; hand in " + submission.expectedDockerfile(), started);
        }
        Path folder = submission.folder().get();
        Optional<String> refusal = BuildContext.refusal(folder, settings.contextLimit());
        if (refusal.isPresent()) {
            return notGraded(submission, Outcome.REFUSED, refusal.get(), started);
        }
        Path context = null;
        try {
            Path temp = Files.createTempDirectory("dojo-class-");
            context = temp;
            Path kataContext = temp.resolve(submission.kata());
            List<String> skipped = BuildContext.assemble(settings.root().resolve("katas").resolve(submission.kata()),
                    folder, kataContext);
            if (!skipped.isEmpty()) {
                log.line("not copied into the build context (links, or in the way of a folder): "
                        + String.join(", ", skipped));
            }
            Map<String, String> parameters = parameters(kataContext, label);
            Optional<KataRun> run = watched(submission, parameters, label, log);
            if (run.isEmpty()) {
                return notGraded(submission, Outcome.TIMED_OUT, "the grading ran past the watchdog's "
                        + settings.effectiveWatchdog().toSeconds() + " s and was stopped", started);
            }
            return graded(submission, run.get(), started);
        } finally {
            BuildContext.delete(context);
        }
    }

    private Map<String, String> parameters(Path kataContext, String label) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(GradingInput.ROOT, settings.root().toString());
        parameters.put(GradingInput.DOCKERFILE, kataContext.resolve("Dockerfile").toString());
        parameters.put(GradingInput.CONTEXT, kataContext.toString());
        parameters.put(GradingInput.BUILD_TIMEOUT, Long.toString(settings.buildTimeout().toSeconds()));
        parameters.put(GradingInput.PROBE_TIMEOUT, Long.toString(settings.probeTimeout().toSeconds()));
        parameters.put(GradingInput.CONTEXT_LIMIT, Long.toString(settings.contextLimit()));
        parameters.put(GradingInput.PROBE_ISOLATED, "true");
        parameters.put(GradingInput.RUN_LABEL, label);
        settings.builder().ifPresent(builder -> parameters.put(GradingInput.BUILDER, builder));
        return parameters;
    }

    /** Runs the grading on a thread of its own, so that the watchdog can give up on it; empty when it did. */
    private Optional<KataRun> watched(Submission submission, Map<String, String> parameters, String label,
                                      LogFile log) {
        AtomicReference<KataRun> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            Progress.sendThisThreadTo(log::line);
            try {
                result.set(grader.grade(submission.kata(), parameters));
            } catch (RuntimeException | Error e) {
                failure.set(new IllegalStateException(e.toString(), e));
            } finally {
                Progress.sendThisThreadTo(null);
            }
        }, "dojo-grade-" + label);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(settings.effectiveWatchdog().toMillis());
            if (thread.isAlive()) {
                log.line("the watchdog stopped the grading after " + settings.effectiveWatchdog().toSeconds() + " s");
                abandoned.add(label);
                thread.interrupt();
                sweepQuietly(label);
                thread.join(10_000);
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            abandoned.add(label);
            return Optional.empty();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return Optional.of(result.get());
    }

    private ClassGrade graded(Submission submission, KataRun run, long started) {
        Outcome outcome = Outcome.of(run.checks(), run.problems());
        GradeRecord record = record(submission, run.facts(), run.checks(), started);
        return ClassGrade.of(submission.learner(), submission.kata(), outcome, message(outcome, run), record,
                run.problems());
    }

    private static String message(Outcome outcome, KataRun run) {
        return switch (outcome) {
            case PASSED -> "";
            case ERROR -> run.problems().isEmpty() ? "the kata's test reported no check"
                    : String.join("; ", run.problems());
            case BUILD_FAILED, TIMED_OUT -> run.checks().stream().filter(c -> !c.passed())
                    .filter(c -> c.name().equals(Checks.BUILDS) || c.name().equals(Checks.APP_RESPONDS))
                    .findFirst().map(Classroom::reason).orElse("");
            default -> "failing: " + String.join(", ", run.checks().stream()
                    .filter(c -> !c.goldOnly() && !c.passed()).map(CheckResult::name).toList());
        };
    }

    /** The line of a check's message that says what happened: the one after the requirement. */
    private static String reason(CheckResult check) {
        List<String> lines = check.message().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String line = lines.size() > 1 ? lines.get(1) : lines.isEmpty() ? check.measured() : lines.get(0);
        return line.startsWith("but: ") ? line.substring(5) : line;
    }

    private ClassGrade notGraded(Submission submission, Outcome outcome, String why, long started) {
        List<CheckResult> checks = shape(submission.kata()).stream()
                .map(c -> {
                    CheckResult error = CheckResult.error(c.name(), c.title(), "Not graded: " + why);
                    return c.goldOnly() ? error.forGold() : error;
                })
                .toList();
        GradeRecord record = record(submission, com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                checks, started);
        return ClassGrade.of(submission.learner(), submission.kata(), outcome, why, record, List.of());
    }

    /**
     * The kata's checks as a grading of no Dockerfile reports them: every one, not measured. That run stops before
     * any engine work, and it is what gives a submission that was never built the same checks, and the same
     * points possible, as one that was.
     */
    private List<CheckResult> shape(String kata) {
        return shapes.computeIfAbsent(kata, id -> {
            Path empty = null;
            try {
                empty = Files.createTempDirectory("dojo-class-shape-");
                Map<String, String> parameters = new HashMap<>();
                parameters.put(GradingInput.ROOT, settings.root().toString());
                parameters.put(GradingInput.DOCKERFILE, empty.resolve("no-Dockerfile").toString());
                parameters.put(GradingInput.CONTEXT, empty.toString());
                parameters.put(GradingInput.RUN_LABEL, "class-" + runId + "-shape");
                Progress.sendThisThreadTo(line -> { });
                List<CheckResult> checks = grader.grade(id, parameters).checks();
                return checks.isEmpty() ? buildsOnly() : checks;
            } catch (IOException | RuntimeException e) {
                return buildsOnly();
            } finally {
                Progress.sendThisThreadTo(null);
                BuildContext.delete(empty);
            }
        });
    }

    private static List<CheckResult> buildsOnly() {
        return List.of(CheckResult.error(Checks.BUILDS, "the Dockerfile builds", ""));
    }

    private GradeRecord record(Submission submission, JsonNode facts, List<CheckResult> checks, long started) {
        List<String> toolchains = new ArrayList<>();
        facts.path("toolchains").forEach(node -> toolchains.add(node.asText()));
        return new GradeRecord(submission.kata(), submission.expectedDockerfile(), Instant.now().toString(),
                facts.path("builder").asText(""), facts.path("buildSeconds").asDouble(0),
                facts.has("rebuildSeconds") ? facts.get("rebuildSeconds").asDouble() : null,
                facts.path("imageBytes").asLong(0), facts.path("sizeLimit").asLong(0),
                facts.path("goldSize").asLong(0), facts.path("layers").asInt(0),
                facts.path("multiStage").asBoolean(false), toolchains, facts.path("packages").asInt(0),
                facts.path("user").asText(""), (System.nanoTime() - started) / 1e9, checks);
    }
}
