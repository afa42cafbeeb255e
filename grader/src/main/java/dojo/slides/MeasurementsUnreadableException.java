package dojo.slides;

/** The measurements file exists but is not what the catalogue check writes. */
public final class MeasurementsUnreadableException extends Exception {

    public MeasurementsUnreadableException(String message) {
        super(message);
    }
}
