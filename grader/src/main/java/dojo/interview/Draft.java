package dojo.interview;

import java.util.List;

/**
 * A first draft of the learner's answer, filled with their own measured figures.
 *
 * @param markdown the draft, ready to save and edit
 * @param kata the kata whose figures the story is told with
 * @param gaps one line per missing figure, saying which kata to grade to measure it
 */
public record Draft(String markdown, String kata, List<String> gaps) {

    public Draft {
        gaps = List.copyOf(gaps);
    }

    /** Whether every figure the draft asks for has been measured. */
    public boolean isComplete() {
        return gaps.isEmpty();
    }
}
