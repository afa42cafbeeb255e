package dojo.interview;

/** The rubric's criteria, in the order a report lists them. */
public enum Criterion {
    PARTS("four parts present"),
    BALANCE("Action carries the answer"),
    OWNERSHIP("ownership in the Action"),
    QUANTIFIED_RESULT("quantified Result"),
    IMPACT("customer or business impact"),
    REASON("reason or trade-off"),
    SPECIFIC("one specific event, tools named"),
    LESSON("lesson stated"),
    LENGTH("length"),
    FILLERS("fillers and hedges"),
    INTENSIFIERS("intensifiers backed by numbers");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    /** The name a report prints for the criterion. */
    public String label() {
        return label;
    }
}
