package dojo.dockerfile;

/**
 * A Dockerfile that Docker would refuse to build. The message starts with the line number, then says what is wrong
 * and, where it can, what to write instead: {@code line 3: unknown instruction FORM (did you mean FROM?)}.
 */
public final class DockerfileSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    DockerfileSyntaxException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}
