package dojo.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Status;
import dojo.kata.GradingInput;
import dojo.kata.KataRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kata grader without an engine: the Dockerfile's first line says how the grading goes. {@code FROM pass} passes,
 * {@code FROM fail} fails the size check, {@code FROM hang} never returns, {@code FROM crash} throws.
 */
final class FakeKata implements KataGrader {

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicInteger gradings = new AtomicInteger();

    @Override
    public KataRun grade(String kata, Map<String, String> parameters) {
        Path dockerfile = Path.of(parameters.get(GradingInput.DOCKERFILE));
        String text;
        try {
            text = Files.exists(dockerfile) ? Files.readString(dockerfile).strip() : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (text.isEmpty()) {
            return run(Status.ERROR, Status.ERROR, 0);
        }
        gradings.incrementAndGet();
        switch (text) {
            case "FROM hang" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("interrupted");
            }
            case "FROM crash" -> throw new IllegalStateException("the grader fell over");
            case "FROM fail" -> {
                return run(Status.PASS, Status.FAIL, 300_000_000);
            }
            default -> {
                return run(Status.PASS, Status.PASS, 5_000_000);
            }
        }
    }

    private static KataRun run(Status builds, Status size, long bytes) {
        ObjectNode facts = JSON.createObjectNode();
        facts.put("imageBytes", bytes);
        facts.put("sizeLimit", 20_000_000);
        facts.put("goldSize", 8_000_000);
        List<CheckResult> checks = List.of(
                new CheckResult(Checks.BUILDS, "the Dockerfile builds", builds, "", "", "built\n  fine"),
                new CheckResult(Checks.SIZE, "image is at most 20 MB", size, "", "", "Expecting\n  but was big"),
                new CheckResult(Checks.NO_PACKAGE_MANAGER, "no package manager", Status.FAIL, "", "", "apt")
                        .forGold());
        return new KataRun(checks, facts, List.of());
    }
}
