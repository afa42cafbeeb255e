package dojo.classroom;

import dojo.kata.KataCatalogue;
import dojo.kata.KataRun;
import java.util.Map;

/** Runs one kata's graded test class with the given configuration parameters, as {@code ./dojo grade} does. */
@FunctionalInterface
public interface KataGrader {

    KataRun grade(String kata, Map<String, String> parameters);

    /**
     * The kata test classes of a repository, each run loaded afresh so that parallel gradings of the same kata share
     * no state; the classes must be on the class path, as the launcher and the katas module put them.
     */
    static KataGrader of(KataCatalogue catalogue) {
        return new IsolatedKataRunner(catalogue);
    }
}
