package dojo.kata;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.check.CheckResult;
import dojo.check.Tiers;
import java.util.List;

/**
 * The outcome of running a kata's graded test class once.
 *
 * @param checks   each check's result, in the order the kata lists them
 * @param facts    what was measured about the image (builder, size, layers, toolchains...), as JSON
 * @param problems failures of the test class itself, outside any check; empty when it ran cleanly
 */
public record KataRun(List<CheckResult> checks, JsonNode facts, List<String> problems) {

    public KataRun {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /** Every check that passing needs passed; gold-only checks may still fail. */
    public boolean passed() {
        return problems.isEmpty() && Tiers.passed(checks);
    }

    /** The tier reached: {@code none}, {@code pass} or {@code gold}. */
    public String tier() {
        return problems.isEmpty() ? Tiers.tier(checks, facts.path("imageBytes").asLong(0),
                facts.path("goldSize").asLong(0)) : "none";
    }

    public CheckResult check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + name + " in " + checks));
    }
}
