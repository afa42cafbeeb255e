package dojo.cli;

import dojo.kata.KataCatalogue;
import dojo.kata.RepositoryRoot;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the katas, with the command that grades each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the katas.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KataCatalogue catalogue = KataCatalogue.in(RepositoryRoot.find());
        var out = spec.commandLine().getOut();
        if (catalogue.ids().isEmpty()) {
            spec.commandLine().getErr().println("dojo: no katas found under " + catalogue.root().resolve("katas")
                    + "; run dojo from a clone of the Multi-Stage Dojo repository");
            return 2;
        }
        int width = catalogue.ids().stream().mapToInt(String::length).max().orElse(0);
        for (String id : catalogue.ids()) {
            out.printf("%-" + width + "s  %s%n", id, catalogue.title(id));
        }
        out.println();
        out.println("Grade one with: ./dojo grade " + catalogue.ids().get(0));
        return 0;
    }
}
