package dojo.kata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.check.Size;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue's measurements: each kata's starter and solution as graded in one run, kept in
 * {@code .dojo/catalogue.json}. The README's catalogue table and the slides' charts are drawn from this file, so no
 * number in them is ever typed by hand.
 */
public final class CatalogueMeasurements {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, ObjectNode> katas = new TreeMap<>();
    private String engine = "";

    /** Where a repository keeps its measurements. */
    public static Path file(Path root) {
        return root.resolve(".dojo").resolve("catalogue.json");
    }

    /** Records one graded run of a kata's starter ({@code role} "starter") or solution ("solution"). */
    public synchronized void record(String kata, String title, String role, KataRun run) {
        JsonNode facts = run.facts();
        ObjectNode entry = katas.computeIfAbsent(kata, id -> {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id);
            node.put("title", title);
            return node;
        });
        if (!facts.path("stack").asText("").isEmpty()) {
            entry.put("stack", facts.path("stack").asText());
        }
        ObjectNode measured = entry.putObject(role);
        measured.put("imageBytes", facts.path("imageBytes").asLong(0));
        measured.put("layers", facts.path("layers").asInt(0));
        measured.set("toolchains", facts.path("toolchains").isArray() ? facts.get("toolchains")
                : JSON.createArrayNode());
        measured.put("packages", facts.path("packages").asInt(0));
        measured.put("buildSeconds", facts.path("buildSeconds").asDouble(0));
        measured.put("builder", facts.path("builder").asText(""));
        measured.put("passed", run.passed());
        measured.put("tier", run.tier());
        if (facts.has("engine")) {
            engine = facts.get("engine").asText();
        }
    }

    /** Writes the measurements, replacing the file whole. */
    public synchronized void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("measuredAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        root.put("host", hostname());
        root.put("engine", engine);
        ArrayNode list = root.putArray("katas");
        katas.values().forEach(list::add);
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "catalogue", ".partial");
        JSON.writeValue(partial.toFile(), root);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The catalogue as a Markdown table, from a measurements file. */
    public static String markdown(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<String> lines = new ArrayList<>();
        lines.add("| kata | stack | starter | solution | smaller by | solution tier |");
        lines.add("|---|---|---:|---:|---:|---|");
        for (JsonNode kata : root.path("katas")) {
            long before = kata.path("starter").path("imageBytes").asLong(0);
            long after = kata.path("solution").path("imageBytes").asLong(0);
            String ratio = before > 0 && after > 0 ? String.format(Locale.ROOT, "%.0f×", (double) before / after)
                    : "not measured";
            lines.add("| " + kata.path("id").asText() + " | " + kata.path("stack").asText("") + " | "
                    + (before > 0 ? Size.format(before) : "not measured") + " | "
                    + (after > 0 ? Size.format(after) : "not measured") + " | " + ratio + " | "
                    + kata.path("solution").path("tier").asText("not measured") + " |");
        }
        lines.add("");
        lines.add("Measured " + root.path("measuredAt").asText() + " on " + root.path("host").asText() + " ("
                + root.path("engine").asText() + ") by the catalogue check; regenerate with"
                + " `./dojo catalogue --markdown`.");
        return String.join("\n", lines) + "\n";
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }
}
