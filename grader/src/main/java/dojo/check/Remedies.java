package dojo.check;

/**
 * The next steps the grader suggests, kept in one place so that their wording stays consistent and is tested.
 */
public final class Remedies {

    private Remedies() {
    }

    public static final String NO_ENGINE = noEngine("the default socket /var/run/docker.sock");

    /** No engine answered where the grader looked. */
    public static String noEngine(String where) {
        return "no Docker engine answered at " + where + ".\nNext step: run `./dojo doctor --fix` (Debian, as root:"
                + " installs docker.io and starts dockerd), or start Docker Desktop, or point DOCKER_HOST at an engine.";
    }

    public static final String DOCTOR_FIX = "run `./dojo doctor --fix`";

    public static final String SHRINK = "build in one stage and copy only the built artifact into a small final"
            + " stage (scratch, or debian:bookworm-slim when the app needs a libc)";

    public static final String DROP_TOOLCHAIN = "copy only the binary from the build stage: the final stage should"
            + " start FROM a runtime base and never install compilers";

    public static final String NON_ROOT = "add `USER 65532:65532` (or a named user you create) to the final stage;"
            + " scratch has no /etc/passwd, so use numbers there";

    public static final String MULTI_STAGE = "name the build stage (`FROM debian:bookworm AS build`) and copy from"
            + " it in the final stage (`COPY --from=build /out/app /app`)";

    public static final String NO_SOURCES = "copy the built artifact, not the source tree: `COPY --from=build"
            + " /out/app /app` rather than `COPY . .` in the final stage, and add a .dockerignore with .git";

    public static final String EXEC_FORM = "write ENTRYPOINT [\"/path/to/app\"] in JSON form; the shell form needs"
            + " /bin/sh and keeps the app from receiving SIGTERM";

    public static final String NO_PACKAGE_MANAGER = "end on a base without apt and dpkg (scratch, or copy the runtime"
            + " into scratch); or accept the pass tier";

    public static final String BUILD_SECRET = "mount the secret for the one step that needs it,"
            + " `RUN --mount=type=secret,id=private_token ...` (it is never written to a layer), and never COPY,"
            + " ARG or ENV it; a file deleted in a later layer still ships in the earlier one";

    public static final String LAYER_ORDER = "copy the files the dependency step needs, and run it, before you copy"
            + " the rest of the sources: a change to a later COPY leaves the earlier layers cached";

    public static final String BUILD_FAILED = "run the same build yourself to see all of its output:"
            + " `docker build -f DOCKERFILE CONTEXT`";

    public static final String STATIC_BINARY = "the binary asks for a dynamic loader that the final image lacks;"
            + " build it static (for Go: `CGO_ENABLED=0 go build`) or use a base with a libc";

    public static final String APP_SILENT = "start the image yourself and look at its output:"
            + " `docker run --rm -p PORT:PORT IMAGE`";

    public static String missingBaseImage(String image) {
        return missingBaseImageProblem(image) + ". Next step: " + missingBaseImageStep(image);
    }

    public static String missingBaseImageProblem(String image) {
        return "the base image " + image + " is not on this engine and could not be pulled";
    }

    public static String missingBaseImageStep(String image) {
        return image.startsWith("debian:bookworm") ? DOCTOR_FIX + " (it builds " + image + " from Debian's archive)"
                : "`docker pull " + image + "`, or use debian:bookworm(-slim) or scratch";
    }
}
