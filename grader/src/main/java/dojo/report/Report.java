package dojo.report;

import dojo.image.ImageAnalysis;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one report shows: a grading, the analysis of its image where there is one, and, when the kata's
 * starter has been graded too, the starter's grading and analysis to compare with. Immutable; {@code withX} copies.
 *
 * @param graded the grading reported on
 * @param analysis why the graded image is its size, when the image was analysed
 * @param starter the grading of the kata's starter Dockerfile, for before and after
 * @param starterAnalysis the analysis of the starter's image
 */
public record Report(GradeRecord graded, Optional<ImageAnalysis> analysis, Optional<GradeRecord> starter,
                     Optional<ImageAnalysis> starterAnalysis) {

    public Report {
        Objects.requireNonNull(graded, "graded");
        analysis = analysis == null ? Optional.empty() : analysis;
        starter = starter == null ? Optional.empty() : starter;
        starterAnalysis = starterAnalysis == null ? Optional.empty() : starterAnalysis;
    }

    /** A report on a grading alone. */
    public static Report of(GradeRecord graded) {
        return new Report(graded, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Report withAnalysis(ImageAnalysis imageAnalysis) {
        return new Report(graded, Optional.of(imageAnalysis), starter, starterAnalysis);
    }

    /** Compares with the starter's grading; its analysis may be null when the starter's image was not analysed. */
    public Report withStarter(GradeRecord starterRecord, ImageAnalysis starterImageAnalysis) {
        return new Report(graded, analysis, Optional.of(starterRecord), Optional.ofNullable(starterImageAnalysis));
    }

    /** Whether there is a starter to compare with, graded before this one. */
    public boolean hasBeforeAndAfter() {
        return starter.isPresent();
    }
}
