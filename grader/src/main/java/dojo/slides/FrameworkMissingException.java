package dojo.slides;

/** reveal.js is not installed under {@code slides/node_modules}, so there is nothing to inline into the deck. */
public final class FrameworkMissingException extends Exception {

    public FrameworkMissingException(String message) {
        super(message);
    }
}
