package dojo.interview;

/**
 * How an answer fared on one rubric criterion.
 *
 * @param name the criterion, as {@link Criterion#label()} names it
 * @param passed whether the answer meets it
 * @param evidence what the rubric measured, quoting the sentence concerned where there is one
 * @param fix what to change to meet it; empty when the criterion passed
 */
public record CriterionResult(String name, boolean passed, String evidence, String fix) {

    static CriterionResult pass(Criterion criterion, String evidence) {
        return new CriterionResult(criterion.label(), true, evidence, "");
    }

    static CriterionResult fail(Criterion criterion, String evidence, String fix) {
        return new CriterionResult(criterion.label(), false, evidence, fix);
    }
}
