package dojo.kata;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a kata's graded test class through the JUnit Platform and collects what its checks recorded. This is how the
 * CLI and the catalogue check grade: the kata's test class stays the one source of truth for what is graded.
 */
public final class KataRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ORDER = Checks.ORDER;

    private KataRunner() {
    }

    /**
     * Runs the class named {@code testClass} with the given configuration parameters, for example
     * {@code dojo.dockerfile}.
     */
    public static KataRun run(String testClass, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .configurationParameters(parameters)
                .build();
        Collector collector = new Collector();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, collector);
        List<CheckResult> checks = new ArrayList<>(collector.checks);
        checks.sort((a, b) -> Integer.compare(rank(a.name()), rank(b.name())));
        if (collector.tests == 0 && collector.problems.isEmpty()) {
            collector.problems.add("no graded test ran in " + testClass);
        }
        return new KataRun(checks, collector.facts, collector.problems);
    }

    private static int rank(String check) {
        int index = ORDER.indexOf(check);
        return index < 0 ? ORDER.size() : index;
    }

    private static final class Collector implements TestExecutionListener {

        private final List<CheckResult> checks = Collections.synchronizedList(new ArrayList<>());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private JsonNode facts = MissingNode.getInstance();
        private int tests;

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((key, value) -> {
                try {
                    if (key.equals(KataGrading.CHECK_ENTRY)) {
                        JsonNode node = JSON.readTree(value);
                        checks.add(new CheckResult(node.path("name").asText(), node.path("title").asText(),
                                Status.valueOf(node.path("status").asText().toUpperCase(java.util.Locale.ROOT)),
                                node.path("measured").asText(), node.path("threshold").asText(),
                                node.path("message").asText(),
                                node.path("gold").asBoolean(false) ? CheckResult.Level.GOLD
                                        : CheckResult.Level.REQUIRED));
                        reported.add(test.getUniqueId());
                    } else if (key.equals(KataGrading.FACTS_ENTRY)) {
                        facts = JSON.readTree(value);
                    }
                } catch (java.io.IOException e) {
                    problems.add("unreadable report entry from " + test.getDisplayName() + ": " + e.getMessage());
                }
            });
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
                tests++;
            }
            // A failure no check reported is a fault in the kata's test or the grader: show it, never hide it.
            if (result.getStatus() == TestExecutionResult.Status.FAILED && !reported.contains(test.getUniqueId())) {
                String why = result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                        .orElse(result.getStatus().toString());
                problems.add(test.getDisplayName() + ": " + why);
            }
        }
    }
}
