package dojo.check;

/** The outcome of one check. */
public enum Status {
    /** The requirement holds. */
    PASS,
    /** The requirement was measured and does not hold. */
    FAIL,
    /** The requirement could not be measured, for instance because the image did not build. */
    ERROR;

    /** The lower-case name used in JSON reports: {@code pass}, {@code fail} or {@code error}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
