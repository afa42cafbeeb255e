package dojo.build;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The engine's classic builder, through Testcontainers. It is the last resort: it builds every stage, including
 * ones the final image never uses, and rejects {@code RUN --mount}. It also prints no progress while it works.
 */
final class ClassicBuilder implements Builder {

    @Override
    public String description() {
        return "classic builder (Testcontainers)";
    }

    @Override
    public BuiltImage build(BuildRequest request, Consumer<String> output) throws BuildFailedException {
        if (!request.secrets().isEmpty()) {
            throw new BuildFailedException("this kata passes a build secret (" + String.join(", ",
                    request.secrets().keySet()) + "), which only BuildKit supports; the classic builder cannot"
                    + " build it. Next step: run `./dojo doctor` to see why BuildKit is not available", "",
                    List.of(), false);
        }
        // The Dockerfile is sent under a name of its own, so that it may live outside the context.
        ImageFromDockerfile image = new ImageFromDockerfile(request.tag(), false)
                .withFileFromPath(".", request.context())
                .withFileFromPath("Dockerfile.dojo", request.dockerfile())
                .withDockerfilePath("Dockerfile.dojo")
                .withBuildImageCmdModifier(cmd -> cmd.withLabels(request.labels()));
        output.accept("building with the classic builder: it shows no progress until it is done");
        long started = System.nanoTime();
        Future<String> built = image;
        try {
            String id = built.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new BuiltImage(id, request.tag(), description(), Duration.ofNanos(System.nanoTime() - started),
                    List.of());
        } catch (TimeoutException e) {
            built.cancel(true);
            throw new BuildFailedException("the build ran past its time limit of " + request.timeout().toSeconds()
                    + " s and was stopped", "", List.of(), true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BuildFailedException(String.valueOf(cause.getMessage()), "", List.of(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailedException("the build was interrupted", "", List.of(), false);
        }
    }
}
