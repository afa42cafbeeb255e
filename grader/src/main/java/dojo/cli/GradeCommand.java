package dojo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.image.ImageAnalysis;
import dojo.kata.GradingInput;
import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.KataRunner;
import dojo.kata.Progress;
import dojo.kata.RepositoryRoot;
import dojo.report.GradeRecord;
import dojo.report.HtmlReport;
import dojo.report.JsonReport;
import dojo.report.MarkdownReport;
import dojo.report.Report;
import dojo.report.ReportCard;
import dojo.report.ResultsStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Grades a kata's Dockerfile and prints the report card. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = {
        "Build a kata's Dockerfile on the Docker engine, check it and print the report card.",
        "Exit status: 0 when every check passes, 1 when any does not, 2 on bad input."})
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KATA", description = "the kata to grade, for example 01-go-static (see `dojo list`)")
    String kata;

    @Option(names = "--dockerfile", paramLabel = "PATH",
            description = "grade this Dockerfile instead of katas/KATA/Dockerfile")
    Path dockerfile;

    @Option(names = "--builder", paramLabel = "NAME", description = "the buildx builder to build with")
    String builder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the report card), json (Exercism's results.json shape), md or html")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write the report into DIR (report.json, report.md or index.html); html needs it")
    Path out;

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "stop a build that runs longer (default: ${DEFAULT-VALUE})")
    long buildTimeout;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = RepositoryRoot.find();
        KataCatalogue catalogue = KataCatalogue.in(root);
        if (!catalogue.contains(kata)) {
            err.println("dojo: there is no kata named '" + kata + "'. Known katas: "
                    + (catalogue.ids().isEmpty() ? "none under " + root.resolve("katas")
                    : String.join(", ", catalogue.ids())));
            return 2;
        }
        if (!List.of("text", "json", "md", "html").contains(format)) {
            err.println("dojo: --format takes text, json, md or html, not '" + format + "'");
            return 2;
        }
        if (format.equals("html") && out == null) {
            err.println("dojo: --format html writes a page with its charts: say where with --out DIR");
            return 2;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put(GradingInput.ROOT, root.toString());
        parameters.put(GradingInput.BUILD_TIMEOUT, Long.toString(buildTimeout));
        if (builder != null) {
            parameters.put(GradingInput.BUILDER, builder);
        }
        Path graded = dockerfile == null ? catalogue.starter(kata) : dockerfile.toAbsolutePath().normalize();
        if (Files.isDirectory(graded)) {
            err.println("dojo: " + graded + " is a directory; --dockerfile takes the Dockerfile itself, for example "
                    + graded.resolve("Dockerfile"));
            return 2;
        }
        if (!Files.isRegularFile(graded)) {
            err.println("dojo: there is no Dockerfile at " + graded + (dockerfile == null
                    ? "; restore the starter with `git checkout katas/" + kata + "/Dockerfile`"
                    : "; check the path given to --dockerfile"));
            return 2;
        }
        parameters.put(GradingInput.DOCKERFILE, graded.toString());

        long started = System.nanoTime();
        boolean interactive = Terminal.colour();
        Progress.sendTo(line -> {
            if (line.isBlank() || line.matches("^#\\d+ (sha256:|writing image|naming to|exporting).*")) {
                return;
            }
            // On a terminal the streaming bar redraws one line; piped, each step is a line of its own.
            if (interactive && line.startsWith("streaming [")) {
                err.print("\r" + Terminal.dim("  " + line) + (line.startsWith("streaming [##########]") ? "\n" : ""));
                err.flush();
            } else {
                err.println(Terminal.dim("  " + line));
            }
        });
        KataRun run;
        try {
            run = KataRunner.run(catalogue.testClass(kata).orElseThrow(), parameters);
        } finally {
            Progress.sendToLog();
            err.flush();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        GradeRecord record = record(run, elapsed);
        Optional<ImageAnalysis> analysis = analysis(run, err);
        ResultsStore results = ResultsStore.in(root);
        Report report = Report.of(record);
        if (analysis.isPresent()) {
            report = report.withAnalysis(analysis.get());
        }
        if (record.multiStage()) {
            try {
                Optional<Report> before = results.starter(kata);
                if (before.isPresent()) {
                    report = report.withStarter(before.get().graded(), before.get().analysis().orElse(null));
                }
            } catch (IOException | RuntimeException e) {
                err.println("dojo: could not read the starter's earlier result, so there is no before and after: "
                        + e.getMessage());
            }
        }
        int written = render(report, stdout, err);
        for (String problem : run.problems()) {
            err.println("dojo: the kata's test reported a problem outside its checks: " + problem);
        }
        stdout.flush();
        try {
            results.append(record, analysis).ifPresent(aside -> err.println("dojo: " + root.relativize(
                    results.file(kata)) + " could not be read, so it was kept as " + root.relativize(aside)
                    + " and a new one started"));
        } catch (IOException | RuntimeException e) {
            err.println("dojo: could not save this result under .dojo/results: " + e.getMessage()
                    + " (the report above is complete)");
        }
        stdout.flush();
        if (written != 0) {
            return written;
        }
        return run.passed() ? 0 : 1;
    }

    /** Prints or writes the report in the chosen format; non-zero when it could not be written. */
    private int render(Report report, PrintWriter stdout, PrintWriter err) {
        try {
            switch (format) {
                case "json" -> emit(JsonReport.render(report), "report.json", stdout, err);
                case "md" -> emit(MarkdownReport.render(report), "report.md", stdout, err);
                case "html" -> err.println("dojo: wrote " + HtmlReport.writeTo(out, report));
                default -> {
                    stdout.println();
                    stdout.print((Terminal.colour() ? ReportCard.coloured() : ReportCard.plain()).render(report));
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("dojo: could not write the report into " + out + ": " + e.getMessage());
            return 2;
        }
    }

    private void emit(String text, String fileName, PrintWriter stdout, PrintWriter err) throws IOException {
        if (out == null) {
            stdout.print(text);
            return;
        }
        Files.createDirectories(out);
        Path file = out.resolve(fileName);
        Files.writeString(file, text);
        err.println("dojo: wrote " + file);
    }

    private static Optional<ImageAnalysis> analysis(KataRun run, PrintWriter err) {
        JsonNode node = run.facts().get("analysis");
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ImageAnalysis.parse(node.toString()));
        } catch (RuntimeException e) {
            err.println("dojo: the image analysis could not be read back, so the card shows the checks only: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private GradeRecord record(KataRun run, double elapsed) {
        JsonNode facts = run.facts();
        List<String> toolchains = new ArrayList<>();
        facts.path("toolchains").forEach(node -> toolchains.add(node.asText()));
        return new GradeRecord(kata, facts.path("dockerfile").asText(kata), Instant.now().toString(),
                facts.path("builder").asText(""), facts.path("buildSeconds").asDouble(0),
                Optional.ofNullable(facts.get("rebuildSeconds")).map(JsonNode::asDouble).orElse(null),
                facts.path("imageBytes").asLong(0), facts.path("sizeLimit").asLong(0),
                facts.path("goldSize").asLong(0), facts.path("layers").asInt(0),
                facts.path("multiStage").asBoolean(false), toolchains, facts.path("packages").asInt(0),
                facts.path("user").asText(""), elapsed, run.checks());
    }
}
