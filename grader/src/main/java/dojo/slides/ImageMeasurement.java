package dojo.slides;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the catalogue check measured on one built image.
 *
 * @param imageBytes   the image size as {@code docker image ls} reports it
 * @param layers       how many layers the image has
 * @param toolchains   compilers and build tools found in its filesystem
 * @param packages     how many Debian packages it has installed
 * @param buildSeconds how long the build took
 * @param builder      which builder built it, as the report card names it
 * @param tier         the tier the grader gave it ("pass", "gold"), empty when it did not pass
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageMeasurement(long imageBytes, int layers, List<String> toolchains, int packages,
                               double buildSeconds, String builder, String tier) {

    public ImageMeasurement {
        toolchains = toolchains == null ? List.of() : List.copyOf(toolchains);
        builder = builder == null ? "" : builder;
        tier = tier == null ? "" : tier;
    }
}
