package dojo.slides;

/** {@code slides/deck.md} cannot be turned into a deck, for example because a marker is missing or repeated. */
public final class DeckSourceException extends Exception {

    public DeckSourceException(String message) {
        super(message);
    }
}
