package dojo.interview;

import dojo.check.ToolNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drafts the learner's STAR answer from their graded katas.
 *
 * <p>The draft never states a number the grader did not measure. Where a figure is missing it leaves a placeholder
 * such as {@code [before size: grade 01-go-static]} and lists the command that measures it. Text for the learner to
 * write is a {@code [fill in: …]} placeholder, which the rubric never counts as evidence.
 *
 * <p>Only the learner's own gradings tell the story: a grading of a reference solution under {@code solutions/} is
 * never the before or the after. Build times stay out of the story, because {@code ./dojo grade} may have taken them
 * from BuildKit's cache; they are in the figures table, with that warning.
 */
public final class DraftBuilder {

    /** The kata a learner starts with, suggested when nothing has been graded. */
    public static final String FIRST_KATA = "01-go-static";

    /** The kata that times a rebuild after a code change. */
    public static final String REBUILD_KATA = "07-secrets-cache";

    private static final Pattern KATA_FOLDER = Pattern.compile("\\d{2}-[a-z0-9-]+");

    private DraftBuilder() {
    }

    /** Drafts from the results recorded under {@code root}. */
    public static Draft build(Path root) {
        return build(GradedResults.load(root), kataIds(root));
    }

    /** Drafts from results already loaded; {@code kataIds} are the katas in the repository, in order. */
    public static Draft build(GradedResults results, List<String> kataIds) {
        Figures story = new Figures(headlineKata(results, kataIds), results);
        StringBuilder md = new StringBuilder();
        md.append("# My answer, drafted from my graded katas\n\n");
        md.append(introduction(results, story.kata)).append("\n\n");
        md.append("## Situation\n\n")
                .append(Placeholders.FILL_IN)
                .append("your team, the service, and who felt the problem, in one or two sentences.] ")
                .append("Its image was built in a single stage, so the toolchain shipped with the app: the image was ")
                .append(story.beforeSize()).append(", in ").append(story.beforeLayers()).append(" layers, with ")
                .append(story.beforePackages()).append(" packages.\n\n");
        md.append("## Task\n\n")
                .append("I set out to ship only what the service needs at run time, without slowing down the team's ")
                .append("builds. ").append(Placeholders.FILL_IN).append("who asked, or why you took it on yourself.]\n\n");
        md.append("## Action\n\n")
                .append("I rewrote the Dockerfile as a multi-stage build: a build stage with the full toolchain ")
                .append("compiles the app, and the final stage copies in only what runs. That took ")
                .append(story.toolchainsRemoved()).append(" out of the shipped image. I measured every attempt")
                .append(story.builder().map(builder -> ", building with " + builder).orElse(""))
                .append(". ").append(Placeholders.FILL_IN).append("your reason for the final base image, and the ")
                .append("trade-off you accepted, such as losing the shell for debugging.]\n\n");
        md.append("## Result\n\n")
                .append("The image went from ").append(story.beforeSize()).append(" to ").append(story.afterSize())
                .append(story.reduction().map(percent -> " (" + percent + " smaller)").orElse(""))
                .append(", from ").append(story.beforeLayers()).append(" to ").append(story.afterLayers())
                .append(" layers, and from ").append(story.beforePackages()).append(" to ")
                .append(story.afterPackages()).append(" packages.")
                .append(story.afterRebuild().map(rebuild -> " A rebuild after a code change took " + rebuild + ".")
                        .orElse(""))
                .append(" ").append(Placeholders.FILL_IN).append("who gained, and how: faster deploys, a smaller ")
                .append("registry bill, fewer CVEs for security to triage.]\n\n");
        md.append("## Learning\n\n").append(Placeholders.FILL_IN)
                .append("one lesson you would carry to your next project, or what you would do differently.]\n\n");
        md.append(figuresTable(results));
        if (results.katas().stream().noneMatch(KataResults::measuresRebuild)) {
            md.append("Kata ").append(REBUILD_KATA).append(" measures rebuild times: `./dojo grade ")
                    .append(REBUILD_KATA).append("`.\n\n");
        }
        Set<String> gaps = new LinkedHashSet<>(story.gaps);
        gaps.addAll(results.unreadable());
        md.append(gapsSection(gaps));
        return new Draft(md.toString(), story.kata, List.copyOf(gaps));
    }

    private static String introduction(GradedResults results, String kata) {
        if (results.katas().isEmpty()) {
            return "Nothing has been graded yet, so every figure below is a placeholder. Grade the starter of " + kata
                    + " before you change it, then again once it passes, and run `./dojo interview draft` again.";
        }
        return "Told with the figures of " + kata + ", measured by `./dojo grade` and read from "
                + GradedResults.FOLDER + ". Replace each " + Placeholders.FILL_IN + "…] with your own words; a "
                + "bracket such as [after size: grade KATA] is a figure still to measure with the kata named. The "
                + "score counts neither as part of your answer. When it reads true, score it: "
                + "`./dojo interview score FILE`.";
    }

    private static String headlineKata(GradedResults results, List<String> kataIds) {
        Optional<KataResults> biggestWin = results.katas().stream()
                .filter(k -> sizeOf(k.before()).isPresent() && sizeOf(k.after()).filter(after -> after > 0).isPresent())
                .max(Comparator.comparingDouble(k -> sizeOf(k.before()).get() / (double) sizeOf(k.after()).get()));
        if (biggestWin.isPresent()) {
            return biggestWin.get().kata();
        }
        if (!results.katas().isEmpty()) {
            return results.katas().get(0).kata();
        }
        return kataIds.isEmpty() ? FIRST_KATA : kataIds.get(0);
    }

    private static Optional<Long> sizeOf(Optional<GradedAttempt> attempt) {
        return attempt.map(GradedAttempt::imageBytes);
    }

    private static String figuresTable(GradedResults results) {
        if (results.katas().isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("## My measured figures\n\n");
        table.append("| kata | image size | layers | packages | toolchains left | build | rebuild |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (KataResults kata : results.katas()) {
            Optional<GradedAttempt> before = kata.before();
            Optional<GradedAttempt> after = kata.after();
            table.append("| ").append(kata.kata())
                    .append(" | ").append(pair(before, after, a -> a.imageBytes() == null ? null
                            : DockerUnits.bytes(a.imageBytes())))
                    .append(" | ").append(pair(before, after, a -> text(a.layers())))
                    .append(" | ").append(pair(before, after, a -> text(a.packages())))
                    .append(" | ").append(after.map(a -> a.toolchains() == null ? "not measured"
                            : a.toolchains().isEmpty() ? "none" : String.join(", ", ToolNames.of(a.toolchains())))
                            .orElse("not passed yet"))
                    .append(" | ").append(pair(before, after, a -> a.buildSeconds() == null ? null
                            : DockerUnits.seconds(a.buildSeconds())))
                    .append(" | ").append(after.map(a -> a.rebuildSeconds() == null ? "not measured"
                            : DockerUnits.seconds(a.rebuildSeconds())).orElse("not passed yet"))
                    .append(" |\n");
        }
        return table.append('\n').append("Build times are as `./dojo grade` measured them, and BuildKit may have ")
                .append("served a step from its cache, so the story does not compare them; a rebuild is timed only ")
                .append("by the katas that measure one.\n\n").toString();
    }

    private static String pair(Optional<GradedAttempt> before, Optional<GradedAttempt> after,
            Function<GradedAttempt, String> figure) {
        String from = before.map(figure).orElse(null);
        String to = after.map(figure).orElse(null);
        return (from == null ? "not measured" : from) + " → " + (to == null ? "not measured" : to);
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String gapsSection(Set<String> gaps) {
        if (gaps.isEmpty()) {
            return "Every figure in this draft was measured by the grader.\n";
        }
        StringBuilder section = new StringBuilder("## Still to measure\n\n");
        for (String gap : gaps) {
            section.append("- ").append(gap).append('\n');
        }
        return section.toString();
    }

    /** The kata folders in the repository, such as {@code katas/01-go-static}, in order. */
    static List<String> kataIds(Path root) {
        Path katas = root.resolve("katas");
        if (!Files.isDirectory(katas)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(katas)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> KATA_FOLDER.matcher(name).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The story kata's figures, each one measured or a placeholder that names the kata to grade. */
    private static final class Figures {

        private final String kata;
        private final Optional<GradedAttempt> before;
        private final Optional<GradedAttempt> after;
        private final boolean onlyReference;
        private final boolean measuresRebuild;
        private final Set<String> gaps = new LinkedHashSet<>();

        Figures(String kata, GradedResults results) {
            this.kata = kata;
            Optional<KataResults> graded = results.of(kata);
            this.before = graded.flatMap(KataResults::before);
            this.after = graded.flatMap(KataResults::after);
            this.onlyReference = graded.map(KataResults::hasOnlyReferenceAttempts).orElse(false);
            this.measuresRebuild = graded.map(KataResults::measuresRebuild).orElse(false);
        }

        String beforeSize() {
            return measuredBefore(a -> a.imageBytes() == null ? null : DockerUnits.bytes(a.imageBytes()),
                    "before size");
        }

        String afterSize() {
            return measuredAfter(a -> a.imageBytes() == null ? null : DockerUnits.bytes(a.imageBytes()),
                    "after size");
        }

        String beforeLayers() {
            return measuredBefore(a -> text(a.layers()), "layers before");
        }

        String afterLayers() {
            return measuredAfter(a -> text(a.layers()), "layers after");
        }

        String beforePackages() {
            return measuredBefore(a -> text(a.packages()), "packages before");
        }

        String afterPackages() {
            return measuredAfter(a -> text(a.packages()), "packages after");
        }

        /** The rebuild time, for a kata that measures one; a kata that does not is told without it. */
        Optional<String> afterRebuild() {
            if (!measuresRebuild) {
                return Optional.empty();
            }
            return Optional.of(measuredAfter(
                    a -> a.rebuildSeconds() == null ? null : DockerUnits.seconds(a.rebuildSeconds()), "rebuild time"));
        }

        Optional<String> reduction() {
            if (before.map(GradedAttempt::imageBytes).isEmpty() || after.map(GradedAttempt::imageBytes).isEmpty()
                    || before.get().imageBytes() <= 0) {
                return Optional.empty();
            }
            return Optional.of(DockerUnits.reduction(before.get().imageBytes(), after.get().imageBytes()));
        }

        Optional<String> builder() {
            return after.map(GradedAttempt::builder).or(() -> before.map(GradedAttempt::builder));
        }

        String toolchainsRemoved() {
            if (before.isEmpty() || before.get().toolchains() == null) {
                return measuredBefore(a -> null, "toolchains removed");
            }
            if (after.isEmpty() || after.get().toolchains() == null) {
                return measuredAfter(a -> null, "toolchains removed");
            }
            List<String> left = ToolNames.of(after.get().toolchains());
            List<String> removed = new ArrayList<>(ToolNames.of(before.get().toolchains()));
            removed.removeAll(left);
            String sentence = removed.isEmpty() ? "no toolchain" : joined(removed);
            if (!left.isEmpty()) {
                sentence += " (though " + joined(left) + " remained)";
            }
            return sentence;
        }

        private String measuredBefore(Function<GradedAttempt, String> figure, String label) {
            Optional<String> value = before.map(figure);
            if (value.isPresent()) {
                return value.get();
            }
            gaps.add(before.isEmpty()
                    ? "grade the starter first: `./dojo grade " + kata + "` before you edit katas/" + kata
                    + "/Dockerfile (it measures the before figures)"
                    : "the " + label + " of " + kata + "'s starter was not recorded; restore the starter "
                    + "Dockerfile and grade it again: `./dojo grade " + kata + "`");
            return placeholder(label);
        }

        private String measuredAfter(Function<GradedAttempt, String> figure, String label) {
            Optional<String> value = after.map(figure);
            if (value.isPresent()) {
                return value.get();
            }
            gaps.add(after.isEmpty() && onlyReference
                    ? "only the reference solution of " + kata + " has been graded, and its figures are not yours to "
                    + "tell; grade your own Dockerfile: `./dojo grade " + kata + "`"
                    : after.isEmpty()
                    ? kata + " is not passed yet: make katas/" + kata + "/Dockerfile pass, then grade it: "
                    + "`./dojo grade " + kata + "` (it measures the after figures)"
                    : "the " + label + " of " + kata + " was not recorded; grade it again: `./dojo grade " + kata
                    + "`");
            return placeholder(label);
        }

        private String placeholder(String label) {
            return "[" + label + ": grade " + kata + "]";
        }

        private static String joined(List<String> items) {
            List<String> quoted = items.stream().map(item -> "`" + item + "`").toList();
            if (quoted.size() == 1) {
                return quoted.get(0);
            }
            return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        }
    }
}
