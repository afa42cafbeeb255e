package dojo.interview;

/** Thrown when one of the coach's Markdown files, or an answer script asked for, is not where it should be. */
public final class MissingCoachFileException extends RuntimeException {

    MissingCoachFileException(String message) {
        super(message);
    }
}
