package dojo.interview;

import java.util.List;
import java.util.Optional;

/**
 * The rubric's verdict on an answer: one result per criterion, plus notes on how the answer was read.
 *
 * @param criteria one result per {@link Criterion}, in that order
 * @param notes remarks that are not criteria, such as how the parts were found
 * @param words the number of words in the spoken answer
 */
public record Score(List<CriterionResult> criteria, List<String> notes, int words) {

    /** How many criteria an answer must meet to pass, with all four parts among them. */
    public static final int PASS_MARK = 9;

    public Score {
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
    }

    /** How many criteria the answer meets. */
    public int points() {
        return (int) criteria.stream().filter(CriterionResult::passed).count();
    }

    /** How many criteria there are. */
    public int outOf() {
        return criteria.size();
    }

    /** Whether the answer is ready to tell: enough criteria met, and the STAR shape is there. */
    public boolean passes() {
        return points() >= PASS_MARK && result(Criterion.PARTS).map(CriterionResult::passed).orElse(false);
    }

    /** The result for one criterion. */
    public Optional<CriterionResult> result(Criterion criterion) {
        return criteria.stream().filter(result -> result.name().equals(criterion.label())).findFirst();
    }

    /** The criteria the answer does not meet. */
    public List<CriterionResult> failures() {
        return criteria.stream().filter(result -> !result.passed()).toList();
    }

    /** The score as a plain-text report card, one block per criterion. */
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append("Score: ").append(points()).append('/').append(outOf()).append(" — ")
                .append(passes() ? "ready to tell" : "not ready yet")
                .append(" (passing needs ").append(PASS_MARK).append(", with all four parts present)\n");
        for (String note : notes) {
            report.append("Note: ").append(note).append('\n');
        }
        for (CriterionResult result : criteria) {
            report.append('\n').append(result.passed() ? "PASS  " : "FAIL  ").append(result.name()).append('\n');
            report.append("      evidence: ").append(result.evidence()).append('\n');
            if (!result.fix().isEmpty()) {
                report.append("      fix: ").append(result.fix()).append('\n');
            }
        }
        return report.toString();
    }
}
