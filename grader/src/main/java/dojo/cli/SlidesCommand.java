package dojo.cli;

import dojo.kata.RepositoryRoot;
import dojo.slides.DeckRenderer;
import dojo.slides.DeckSource;
import dojo.slides.DeckSourceException;
import dojo.slides.Framework;
import dojo.slides.FrameworkMissingException;
import dojo.slides.Measurements;
import dojo.slides.MeasurementsUnreadableException;
import dojo.slides.RenderedDeck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders the instructor deck, {@code slides/deck.md}, into one self-contained HTML page. */
@Command(name = "slides", mixinStandardHelpOptions = true,
        description = "Render the instructor deck into one self-contained HTML page.")
public final class SlidesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write index.html to; created when missing.")
    Path out;

    @Option(names = "--measurements", paramLabel = "FILE",
            description = "The catalogue's measurements; by default " + Measurements.DEFAULT_FILE
                    + ", which `mvn -B verify` writes.")
    Path measurementsFile;

    /** The repository to render from; found from the environment unless a test sets it. */
    Path root;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return render(root != null ? root : RepositoryRoot.find(), err);
        } catch (BadInput e) {
            err.println("dojo: " + e.getMessage());
            return 2;
        }
    }

    private int render(Path root, PrintWriter err) throws BadInput {
        Path slides = root.resolve("slides");
        Path deckFile = slides.resolve("deck.md");
        if (!Files.isRegularFile(deckFile)) {
            throw new BadInput("no deck at " + deckFile + "; run dojo from a clone of the Multi-Stage Dojo repository");
        }
        Framework framework;
        DeckSource deck;
        try {
            framework = Framework.in(slides);
            deck = DeckSource.parse(Files.readString(deckFile));
        } catch (FrameworkMissingException e) {
            throw new BadInput(e.getMessage() + "; run `cd slides && npm ci`, then `./dojo slides` again");
        } catch (DeckSourceException e) {
            throw new BadInput(deckFile + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInput("could not read " + slides + " (" + describe(e) + "); check the folder's permissions");
        }
        Optional<Measurements> measurements = measurements(root, err);
        RenderedDeck rendered = DeckRenderer.using(framework, root).render(deck, measurements);
        Path dir = out.toAbsolutePath().normalize();
        Path page;
        try {
            page = rendered.writeTo(dir);
        } catch (IOException e) {
            throw new BadInput("could not write " + dir.resolve(RenderedDeck.FILE) + " (" + describe(e)
                    + "); choose a folder you can write to with --out");
        }
        spec.commandLine().getOut().println("Wrote " + rendered.slides() + " slides to " + page + " (reveal.js "
                + framework.version() + ", self-contained). Open it in a browser; press S for the speaker notes.");
        return 0;
    }

    /** The measurements to chart, or none yet when the default file is missing, which is only worth a warning. */
    private Optional<Measurements> measurements(Path root, PrintWriter err) throws BadInput {
        boolean chosen = measurementsFile != null;
        Path file = chosen ? measurementsFile.toAbsolutePath().normalize() : root.resolve(Measurements.DEFAULT_FILE);
        if (!Files.isRegularFile(file)) {
            if (chosen) {
                throw new BadInput("no measurements at " + file + "; name a file the catalogue check wrote, or leave"
                        + " out --measurements to use " + Measurements.DEFAULT_FILE);
            }
            err.println("dojo: warning: no measurements at " + Measurements.DEFAULT_FILE + " yet, so the charts say"
                    + " \"not measured yet\"; run `mvn -B verify`, then `./dojo slides` again");
            return Optional.empty();
        }
        try {
            return Optional.of(Measurements.read(file));
        } catch (MeasurementsUnreadableException e) {
            throw new BadInput("cannot chart " + file + ": " + e.getMessage()
                    + "; run `mvn -B verify` to measure the catalogue again");
        } catch (IOException e) {
            throw new BadInput("could not read " + file + " (" + describe(e) + ")");
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Input the command cannot work with; its message is the one line the user sees. */
    private static final class BadInput extends Exception {

        BadInput(String message) {
            super(message);
        }
    }
}
