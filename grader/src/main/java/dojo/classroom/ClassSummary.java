package dojo.classroom;

import java.time.Duration;
import java.util.List;

/**
 * What a class run graded.
 *
 * @param runId         the run's id, the prefix of every run label it used
 * @param learners      the learners of this run's shard
 * @param katas         the katas graded
 * @param grades        every grade, in learner then kata order, including those of earlier runs
 * @param alreadyGraded how many grades an earlier run had made
 * @param ignored       entries of the submissions folder that are no learner
 * @param elapsed       how long the run took
 */
public record ClassSummary(String runId, List<Learner> learners, List<String> katas, List<ClassGrade> grades,
                           int alreadyGraded, List<String> ignored, Duration elapsed) {

    public ClassSummary {
        learners = List.copyOf(learners);
        katas = List.copyOf(katas);
        grades = List.copyOf(grades);
        ignored = List.copyOf(ignored);
    }

    public Gradebook gradebook() {
        return Gradebook.of(learners, katas, grades);
    }

    public long count(Outcome outcome) {
        return grades.stream().filter(grade -> grade.outcome() == outcome).count();
    }
}
