package dojo.cli;

import dojo.kata.CatalogueMeasurements;
import dojo.kata.GradingInput;
import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import dojo.kata.KataRunner;
import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The catalogue table: every kata's starter against its solution, as measured by the grader. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = {
        "Print the catalogue table from the last catalogue measurements (.dojo/catalogue.json).",
        "The catalogue check (`mvn -B verify`) writes them; --measure grades every starter and solution now."})
final class CatalogueCommand implements Callable<Integer> {

    private static final String START = "<!-- catalogue:start -->";
    private static final String END = "<!-- catalogue:end -->";

    @Spec
    CommandSpec spec;

    @Option(names = "--measure", description = "grade every kata's starter and solution first")
    boolean measure;

    @Option(names = "--markdown", description = "print the table as Markdown (the default)")
    boolean markdown = true;

    @Option(names = "--update-readme", description = "also write the table into README.md between its markers")
    boolean updateReadme;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = RepositoryRoot.find();
        Path file = CatalogueMeasurements.file(root);
        if (measure) {
            measureAll(root, file, err);
        }
        if (!Files.exists(file)) {
            err.println("dojo: no catalogue measurements yet at " + root.relativize(file)
                    + "; run `mvn -B verify` (the catalogue check writes them) or `./dojo catalogue --measure`");
            return 2;
        }
        String table = CatalogueMeasurements.markdown(file);
        out.print(table);
        out.flush();
        if (updateReadme) {
            return writeIntoReadme(root.resolve("README.md"), table, err);
        }
        return 0;
    }

    private static void measureAll(Path root, Path file, PrintWriter err) throws IOException {
        KataCatalogue catalogue = KataCatalogue.in(root);
        CatalogueMeasurements measurements = new CatalogueMeasurements();
        for (String id : catalogue.ids()) {
            for (String role : new String[] {"starter", "solution"}) {
                Path dockerfile = role.equals("starter") ? catalogue.starter(id) : catalogue.solution(id);
                err.println(Terminal.dim("  grading the " + role + " of " + id));
                err.flush();
                KataRun run = KataRunner.run(catalogue.testClass(id).orElseThrow(), Map.of(
                        GradingInput.ROOT, root.toString(), GradingInput.DOCKERFILE, dockerfile.toString()));
                measurements.record(id, catalogue.title(id), role, run);
            }
        }
        measurements.write(file);
    }

    private static int writeIntoReadme(Path readme, String table, PrintWriter err) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            err.println("dojo: README.md has no " + START + " ... " + END + " markers to write the table between");
            return 2;
        }
        Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + table + text.substring(end));
        return 0;
    }
}
