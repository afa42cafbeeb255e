package dojo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.kata.GradingInput;
import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.KataRunner;
import dojo.kata.Progress;
import dojo.report.GradeRecord;
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
@Command(name = "grade", description = {
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

    @Option(names = "--build-timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "stop a build that runs longer (default: ${DEFAULT-VALUE})")
    long buildTimeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = Roots.root();
        KataCatalogue catalogue = KataCatalogue.in(root);
        if (!catalogue.contains(kata)) {
            err.println("dojo: there is no kata named '" + kata + "'. Known katas: "
                    + (catalogue.ids().isEmpty() ? "none under " + root.resolve("katas")
                    : String.join(", ", catalogue.ids())));
            return 2;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put(GradingInput.ROOT, root.toString());
        parameters.put(GradingInput.BUILD_TIMEOUT, Long.toString(buildTimeout));
        if (builder != null) {
            parameters.put(GradingInput.BUILDER, builder);
        }
        Path graded = dockerfile == null ? catalogue.starter(kata) : dockerfile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(graded)) {
            err.println("dojo: there is no Dockerfile at " + graded + (dockerfile == null
                    ? "; restore the starter with `git checkout katas/" + kata + "/Dockerfile`"
                    : "; check the path given to --dockerfile"));
            return 2;
        }
        parameters.put(GradingInput.DOCKERFILE, graded.toString());

        long started = System.nanoTime();
        Progress.sendTo(line -> {
            if (!line.isBlank() && !line.matches("^#\\d+ (sha256:|writing image|naming to|exporting).*")) {
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
        out.println();
        out.print((Terminal.colour() ? ReportCard.coloured() : ReportCard.plain()).render(record));
        for (String problem : run.problems()) {
            err.println("dojo: the kata's test reported a problem outside its checks: " + problem);
        }
        try {
            ResultsStore.in(root).append(record);
        } catch (IOException e) {
            err.println("dojo: could not save this result under .dojo/results: " + e.getMessage()
                    + " (the report above is complete)");
        }
        out.flush();
        return run.passed() ? 0 : 1;
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
