package dojo.interview;

/** An answer or script file that is not text the coach can read: a directory, or bytes that are not UTF-8. */
public final class UnreadableAnswerException extends RuntimeException {

    UnreadableAnswerException(String message) {
        super(message);
    }
}
