package dojo.slides;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One kata's starter and reference solution, as the catalogue check measured them.
 *
 * @param id       the kata's folder name, for example {@code 01-go-static}
 * @param title    the kata's title, from its README
 * @param starter  the shipped single-stage Dockerfile's image
 * @param solution the reference multi-stage Dockerfile's image
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KataMeasurement(String id, String title, ImageMeasurement starter, ImageMeasurement solution) {

    /** How many times smaller the solution's image is than the starter's. */
    public double timesSmaller() {
        return (double) starter.imageBytes() / solution.imageBytes();
    }
}
