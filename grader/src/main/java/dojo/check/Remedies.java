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

    public static final String SHRINK = "build in one stage and copy only what runs (the binary, or the jar or"
            + " scripts) into a small final stage: scratch for a static binary, debian:bookworm-slim with just the"
            + " runtime otherwise";

    public static final String DROP_TOOLCHAIN = "copy only what runs from the build stage (the binary, or the jar"
            + " and a runtime, or the compiled scripts): the final stage should start FROM a runtime base and never"
            + " install compilers";

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

    public static final String MISSING_PROGRAM = "copy the program into the final stage at the path the ENTRYPOINT"
            + " names, or point the ENTRYPOINT at where it is; a script also needs its #! interpreter in the image";

    public static final String SYNTAX_DIRECTIVE = "remove the `# syntax=` line: it makes BuildKit pull a Dockerfile"
            + " frontend from a registry, which this machine cannot reach, and the engine's built-in frontend already"
            + " understands RUN --mount and heredocs";

    public static final String BUILD_FAILED = "run the same build yourself to see all of its output:"
            + " `docker build -f DOCKERFILE CONTEXT`";

    public static final String STATIC_BINARY = "the binary asks for a dynamic loader that the final image lacks;"
            + " build it static (Go: `CGO_ENABLED=0 go build`; C: `gcc -static`; Rust: `RUSTFLAGS='-C"
            + " target-feature=+crt-static'`) or use a base with a libc";

    /** How to see for oneself why the app did not answer. */
    public static String appSilent(String dockerfile, String context, String runArguments) {
        return "build and start the image yourself and read its output: `docker build -t try -f " + dockerfile + " "
                + context + " && docker run --rm " + runArguments + "try`";
    }

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
