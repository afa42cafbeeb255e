package dojo.classroom;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dojo.check.CheckResult;
import dojo.check.Size;
import dojo.report.GradeRecord;
import java.util.List;
import java.util.Objects;

/**
 * One learner's grade for one kata, as the gradebook shows it and as {@code learners/ID/KATA.json} keeps it, which
 * is what lets an interrupted run resume.
 *
 * @param learner  the learner's id
 * @param folder   the learner's folder name
 * @param kata     the kata's id
 * @param outcome  how the grading ended
 * @param message  one line saying why, for any outcome but a pass
 * @param points   the points earned for it
 * @param possible the points it could have earned
 * @param record   the grading as {@code ./dojo grade} records it; every check, in the kata's order
 * @param problems failures of the kata's test class outside its checks
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassGrade(String learner, String folder, String kata, Outcome outcome, String message, int points,
                         int possible, GradeRecord record, List<String> problems) {

    public ClassGrade {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(kata, "kata");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(record, "record");
        message = message == null ? "" : message;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A grade for a grading, its points counted from its checks. */
    static ClassGrade of(Learner learner, String kata, Outcome outcome, String message, GradeRecord record,
                         List<String> problems) {
        Points.Score score = Points.score(record.checks());
        return new ClassGrade(learner.id(), learner.folder(), kata, outcome, message, score.earned(),
                score.possible(), record, problems);
    }

    /** {@code gold}, {@code pass} or {@code none}. */
    @JsonIgnore
    public String tier() {
        return outcome == Outcome.PASSED ? record.tier() : "none";
    }

    @JsonIgnore
    public Points.Score score() {
        return new Points.Score(points, possible);
    }

    /** The names of the required checks that did not pass. */
    @JsonIgnore
    public List<String> failingChecks() {
        return record.checks().stream().filter(c -> !c.goldOnly() && !c.passed()).map(CheckResult::name).toList();
    }

    /** The image's size as the gradebook shows it, or empty when it did not build. */
    @JsonIgnore
    public String size() {
        return record.imageBytes() > 0 ? Size.format(record.imageBytes()) : "";
    }
}
