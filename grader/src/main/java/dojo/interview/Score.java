package dojo.interview;

import java.util.List;
import java.util.Optional;

/**
 * The rubric's verdict on an answer: one result per criterion, plus notes on how the answer was read.
 *
 * @param criteria one result per {@link Criterion}, in that order
 * @param notes remarks that are not criteria, such as how the parts were found
 * @param words the number of words in the spoken answer
 * @param placeholders the coach's placeholders still in the answer, which it cannot be told with
 */
public record Score(List<CriterionResult> criteria, List<String> notes, int words, List<String> placeholders) {

    /** How many criteria an answer must meet to pass, with all four parts and the length among them. */
    public static final int PASS_MARK = 9;

    public Score {
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
        placeholders = List.copyOf(placeholders);
    }

    /** How many criteria the answer meets. */
    public int points() {
        return (int) criteria.stream().filter(CriterionResult::passed).count();
    }

    /** How many criteria there are. */
    public int outOf() {
        return criteria.size();
    }

    /**
     * Whether the answer is ready to tell: enough criteria met, the STAR shape there, a length an interviewer will
     * listen to, and no placeholder left to say aloud.
     */
    public boolean passes() {
        return points() >= PASS_MARK && meets(Criterion.PARTS) && meets(Criterion.LENGTH) && placeholders.isEmpty();
    }

    private boolean meets(Criterion criterion) {
        return result(criterion).map(CriterionResult::passed).orElse(false);
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
                .append(" (passing needs ").append(PASS_MARK).append(", with all four parts present, ")
                .append(Rubric.MIN_WORDS).append('–').append(Rubric.MAX_WORDS)
                .append(" words and no placeholder left)\n");
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
