package dojo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.check.CheckResult;
import dojo.check.Status;
import dojo.image.ImageAnalysis;

/**
 * The report as JSON in the shape of Exercism's {@code results.json}, version 2: a top-level {@code status} and
 * {@code message}, and one entry per check under {@code tests} with its {@code name}, {@code status} and
 * {@code message}. Fields Exercism does not know ({@code measured}, {@code threshold}, {@code level}, {@code check}
 * and the top-level {@code image}) are extras its consumers ignore.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as indented JSON text. */
    public static String render(Report report) {
        try {
            return JSON.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is plain data and always serialises", e);
        }
    }

    static ObjectNode tree(Report report) {
        GradeRecord record = report.graded();
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 2);
        Status status = overall(record);
        root.put("status", status.label());
        if (status == Status.ERROR) {
            root.put("message", record.checks().stream().filter(c -> c.status() == Status.ERROR && !c.goldOnly())
                    .findFirst().map(c -> "[" + c.name() + "] " + c.message()).orElse("no check ran"));
        } else {
            root.putNull("message");
        }
        ArrayNode tests = root.putArray("tests");
        for (CheckResult check : record.checks()) {
            ObjectNode test = tests.addObject();
            test.put("name", check.title());
            test.put("status", check.status().label());
            // Exercism shows a message for tests that do not pass and expects none otherwise.
            if (check.passed()) {
                test.putNull("message");
            } else {
                test.put("message", check.message());
            }
            test.put("check", check.name());
            test.put("measured", check.measured());
            test.put("threshold", check.threshold());
            test.put("level", check.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        root.set("image", image(report));
        return root;
    }

    /**
     * Fails when any required check fails; an error, meaning the grading could not finish, when none failed but
     * one could not be measured; a pass otherwise. Gold-only checks never change it.
     */
    static Status overall(GradeRecord record) {
        if (record.checks().isEmpty()) {
            return Status.ERROR;
        }
        boolean failed = record.checks().stream().anyMatch(c -> !c.goldOnly() && c.status() == Status.FAIL);
        boolean errored = record.checks().stream().anyMatch(c -> !c.goldOnly() && c.status() == Status.ERROR);
        return failed ? Status.FAIL : errored ? Status.ERROR : Status.PASS;
    }

    private static ObjectNode image(Report report) {
        GradeRecord record = report.graded();
        ObjectNode image = JSON.createObjectNode();
        image.put("kata", record.kata());
        image.put("dockerfile", record.dockerfile());
        image.put("gradedAt", record.gradedAt());
        image.put("tier", record.tier());
        image.put("bytes", record.imageBytes());
        image.put("layers", record.layers());
        image.put("user", record.user());
        ArrayNode toolchains = image.putArray("toolchains");
        record.toolchains().forEach(toolchains::add);
        image.put("packages", record.packages());
        report.analysis().ifPresent(analysis -> image.set("analysis", analysisTree(analysis)));
        report.starter().ifPresent(starter -> {
            ObjectNode before = image.putObject("starter");
            before.put("dockerfile", starter.dockerfile());
            before.put("bytes", starter.imageBytes());
            before.put("layers", starter.layers());
            ArrayNode starterToolchains = before.putArray("toolchains");
            starter.toolchains().forEach(starterToolchains::add);
            before.put("packages", starter.packages());
            report.starterAnalysis().ifPresent(analysis -> before.put("reclaimableBytes",
                    analysis.reclaimableBytes()));
        });
        return image;
    }

    private static ObjectNode analysisTree(ImageAnalysis analysis) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(analysis.toJson());
            tree.put("payloadRatio", analysis.payloadRatio());
            return tree;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an image analysis always reads back as JSON", e);
        }
    }
}
