package dojo.image;

import java.io.IOException;

/** Thrown when a {@code docker save} stream lacks what an image archive must hold, or holds it in a broken form. */
public final class MalformedImageArchiveException extends IOException {

    private static final long serialVersionUID = 1L;

    MalformedImageArchiveException(String message) {
        super(message);
    }

    MalformedImageArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
