package dojo.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.check.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One learner's grades as an Exercism test runner's {@code results.json}, version 2: a test per check, named
 * {@code KATA: CHECK}. The status is {@code pass} when every kata passed, {@code error} when some kata could not be
 * graded at all (no Dockerfile, no build, a timeout), else {@code fail}.
 */
public final class ExercismResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExercismResults() {
    }

    public static String render(List<ClassGrade> grades) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 2);
        boolean error = grades.stream().anyMatch(g -> g.outcome().exercismStatus().equals("error"));
        boolean pass = !grades.isEmpty() && grades.stream().allMatch(g -> g.outcome() == Outcome.PASSED);
        root.put("status", error || grades.isEmpty() ? "error" : pass ? "pass" : "fail");
        List<String> reasons = new ArrayList<>();
        grades.stream().filter(g -> g.outcome().exercismStatus().equals("error"))
                .forEach(g -> reasons.add(g.kata() + ": " + g.outcome().label() + ", " + g.message()));
        if (grades.isEmpty()) {
            reasons.add("nothing was graded");
        }
        if (reasons.isEmpty()) {
            root.putNull("message");
        } else {
            root.put("message", String.join("\n", reasons));
        }
        ArrayNode tests = root.putArray("tests");
        for (ClassGrade grade : grades) {
            for (CheckResult check : grade.record().checks()) {
                ObjectNode test = tests.addObject();
                test.put("name", grade.kata() + ": " + check.name() + (check.goldOnly() ? " (gold)" : ""));
                test.put("status", check.status().label());
                if (check.passed()) {
                    test.putNull("message");
                } else {
                    test.put("message", check.message());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write results.json: " + e.getMessage(), e);
        }
    }
}
