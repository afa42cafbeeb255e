package dojo.build;

import java.util.function.Consumer;

/** Something that turns a Dockerfile into an image on the engine: BuildKit through a docker client, or the classic builder. */
public interface Builder {

    /** How the report card names this builder, for example "BuildKit (docker 20.10.24)". */
    String description();

    /**
     * Builds the image, passing each line of build output to {@code output} as it arrives.
     *
     * @throws BuildFailedException when the Dockerfile does not build or the build runs past its timeout
     */
    BuiltImage build(BuildRequest request, Consumer<String> output) throws BuildFailedException;
}
