package dojo.slides;

/** A chart with its caption, which says when and where the numbers were measured. */
final class Figure {

    static final String NOT_MEASURED = "not measured yet: run <code>mvn -B verify</code> (the catalogue check writes "
            + Measurements.DEFAULT_FILE + ")";

    private Figure() {
    }

    static String of(String svg, String caption) {
        return "<figure class=\"chart\">\n" + svg + "\n<figcaption>" + Html.escape(caption) + "</figcaption>\n"
                + "</figure>";
    }

    static String notMeasured() {
        return "<figure class=\"chart not-measured\"><p>" + NOT_MEASURED + "</p></figure>";
    }
}
