package dojo.slides;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The catalogue's measurements from one verifying run, as the catalogue check saves them in
 * {@code .dojo/catalogue.json}. The slides take every number they show from here.
 *
 * @param measuredAt when the run measured the images, an ISO-8601 instant
 * @param host       the machine it ran on
 * @param engine     the Docker engine that built the images
 * @param katas      each kata's starter and solution
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Measurements(String measuredAt, String host, String engine, List<KataMeasurement> katas) {

    /** Where the catalogue check writes the measurements, relative to the repository root. */
    public static final String DEFAULT_FILE = ".dojo/catalogue.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public Measurements {
        katas = katas == null ? List.of() : List.copyOf(katas);
    }

    /** Reads and checks a measurements file; every field a chart needs must be there. */
    public static Measurements read(Path file) throws IOException, MeasurementsUnreadableException {
        Measurements measurements;
        try {
            measurements = JSON.readValue(file.toFile(), Measurements.class);
        } catch (JacksonException e) {
            throw new MeasurementsUnreadableException("it is not the catalogue's JSON (" + e.getOriginalMessage()
                    + ")");
        }
        measurements.check();
        return measurements;
    }

    /** The line each chart carries, saying when and where its numbers were measured. */
    public String caption() {
        return "measured " + measuredAt + " on " + host + ", " + engine;
    }

    private void check() throws MeasurementsUnreadableException {
        require(measuredAt, "measuredAt");
        require(host, "host");
        require(engine, "engine");
        for (int i = 0; i < katas.size(); i++) {
            KataMeasurement kata = katas.get(i);
            String where = "katas[" + i + "]";
            if (kata == null) {
                throw new MeasurementsUnreadableException(where + " is empty");
            }
            require(kata.id(), where + ".id");
            require(kata.title(), where + ".title");
            requireImage(kata.starter(), where + ".starter");
            requireImage(kata.solution(), where + ".solution");
        }
    }

    private static void require(String value, String field) throws MeasurementsUnreadableException {
        if (value == null || value.isBlank()) {
            throw new MeasurementsUnreadableException(field + " is missing");
        }
    }

    private static void requireImage(ImageMeasurement image, String field) throws MeasurementsUnreadableException {
        if (image == null) {
            throw new MeasurementsUnreadableException(field + " is missing");
        }
        // A size chart has a logarithmic axis, on which zero bytes has no place.
        if (image.imageBytes() <= 0) {
            throw new MeasurementsUnreadableException(field + ".imageBytes must be a positive byte count, was "
                    + image.imageBytes());
        }
    }
}
