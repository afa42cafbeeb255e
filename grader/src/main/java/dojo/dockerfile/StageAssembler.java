package dojo.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups instructions into stages as BuildKit does: ARGs before the first FROM are global and only they are
 * substituted into FROM, a FROM naming an earlier stage builds on it, and each {@code COPY --from} names a stage by
 * name or index or else an external image.
 */
final class StageAssembler {

    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[\\t\\x0B\\f\\r ]+");
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
    private static final Pattern INDEX = Pattern.compile("[+-]?[0-9]+");

    private final char escape;
    private final List<Arg> globalArgs = new ArrayList<>();
    private final Map<String, String> globalValues = new HashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    private StageAssembler(char escape) {
        this.escape = escape;
    }

    List<Arg> globalArgs() {
        return globalArgs;
    }

    List<Stage> stages() {
        return stages;
    }

    static StageAssembler assemble(List<Instruction> instructions, char escape) {
        if (instructions.isEmpty()) {
            throw new DockerfileSyntaxException(1, "the Dockerfile is empty: it has no instructions; "
                    + "start it with FROM and the image to build on, such as FROM alpine:3.20");
        }
        StageAssembler assembler = new StageAssembler(escape);
        List<List<Instruction>> groups = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.is("FROM")) {
                groups.add(new ArrayList<>(List.of(instruction)));
            } else if (!groups.isEmpty()) {
                groups.get(groups.size() - 1).add(instruction);
            } else if (instruction.is("ARG")) {
                assembler.declareGlobal(instruction);
            } else {
                throw new DockerfileSyntaxException(instruction.line(), instruction.keyword()
                        + " comes before the first FROM, where only ARG may appear; "
                        + "start the stage with FROM and the image to build on, then " + instruction.keyword());
            }
        }
        if (groups.isEmpty()) {
            Instruction last = instructions.get(instructions.size() - 1);
            throw new DockerfileSyntaxException(last.endLine(), "the Dockerfile has no FROM, so it has no stage to "
                    + "build; add FROM and the image to build on after the ARGs, such as FROM alpine:3.20");
        }
        for (List<Instruction> group : groups) {
            assembler.addStage(group);
        }
        assembler.resolveCopySources();
        assembler.rejectCycles();
        return assembler;
    }

    static Optional<Stage> find(List<Stage> stages, String nameOrIndex) {
        if (INDEX.matcher(nameOrIndex).matches()) {
            Optional<Integer> index = parseIndex(nameOrIndex);
            return index.filter(i -> i >= 0 && i < stages.size()).map(stages::get);
        }
        return byName(stages, nameOrIndex);
    }

    private static Optional<Stage> byName(List<Stage> stages, String name) {
        return stages.stream()
                .filter(stage -> stage.name().filter(name::equalsIgnoreCase).isPresent())
                .findFirst();
    }

    private static Optional<Integer> parseIndex(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private void declareGlobal(Instruction arg) {
        List<String> words = ShellWords.split(arg.body(), escape);
        if (words.isEmpty()) {
            throw new DockerfileSyntaxException(arg.line(), "ARG needs a name, such as ARG VERSION=1.0");
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            if (name.isEmpty()) {
                throw new DockerfileSyntaxException(arg.line(), "ARG " + word + " has no name before the =");
            }
            Optional<String> value = equals < 0
                    ? Optional.empty()
                    : Optional.of(ShellWords.expand(word.substring(equals + 1), escape, globalValues, arg.line()));
            value.ifPresent(v -> globalValues.put(name, v));
            globalArgs.add(new Arg(name, value));
        }
    }

    private void addStage(List<Instruction> group) {
        Instruction from = group.get(0);
        String body = Whitespace.trim(from.body());
        String[] words = body.isEmpty() ? new String[0] : KEYWORD_SEPARATOR.split(body);
        boolean named = words.length == 3 && words[1].equalsIgnoreCase("AS");
        if (words.length != 1 && !named) {
            throw new DockerfileSyntaxException(from.line(), "FROM takes an image and optionally AS and a stage name, "
                    + "as in FROM golang:1.22 AS build, but this FROM has " + describe(words));
        }
        Optional<String> name = named ? Optional.of(stageName(words[2], from)) : Optional.empty();
        String baseName = ShellWords.expand(words[0], escape, globalValues, from.line());
        if (Whitespace.trim(baseName).isEmpty()) {
            throw new DockerfileSyntaxException(from.line(), "FROM " + words[0] + " names no image once the ARGs are "
                    + "substituted; give the ARG a default, as in ARG TAG=3.20 before the first FROM");
        }
        Optional<Stage> baseStage = byName(stages, baseName);
        stages.add(new Stage(stages.size(), name, baseName, baseStage, group));
    }

    private static String describe(String[] words) {
        return words.length == 0 ? "nothing after it" : words.length + " words: " + String.join(" ", words);
    }

    private String stageName(String written, Instruction from) {
        String name = written.toLowerCase(Locale.ROOT);
        if (!STAGE_NAME.matcher(name).matches()) {
            throw new DockerfileSyntaxException(from.line(), "the stage name " + written + " is not valid: a stage "
                    + "name starts with a letter and holds only letters, digits, '-', '_' and '.'");
        }
        Optional<Stage> earlier = byName(stages, name);
        if (earlier.isPresent()) {
            throw new DockerfileSyntaxException(from.line(), "the stage name " + name + " is already used by the "
                    + "stage on line " + earlier.get().line() + "; give each stage its own name");
        }
        return name;
    }

    private void resolveCopySources() {
        for (Stage stage : stages) {
            List<CopySource> sources = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY") || instruction.is("ADD")) {
                    instruction.flag("from").ifPresent(reference -> sources.add(resolve(stage, instruction,
                            reference)));
                }
            }
            stage.attachCopySources(sources);
        }
    }

    private CopySource resolve(Stage stage, Instruction instruction, String reference) {
        String copy = instruction.keyword() + " --from=" + reference;
        Optional<Stage> source;
        if (INDEX.matcher(reference).matches() && parseIndex(reference).isPresent()) {
            int index = parseIndex(reference).get();
            if (index < 0 || index >= stages.size()) {
                String range = stages.size() == 1 ? "only stage 0" : "only stages 0.." + (stages.size() - 1);
                throw new DockerfileSyntaxException(instruction.line(), copy + " refers to stage " + index
                        + ", but the Dockerfile has " + range);
            }
            source = Optional.of(stages.get(index));
        } else {
            source = byName(stages, reference);
        }
        if (source.isEmpty()) {
            return CopySource.ofImage(instruction, reference);
        }
        if (source.get() == stage) {
            throw new DockerfileSyntaxException(instruction.line(), copy + " copies from its own stage, "
                    + stage + "; a stage can only copy from another stage, so build the files in an earlier "
                    + "stage and copy them from there");
        }
        return CopySource.ofStage(instruction, reference, source.get());
    }

    /** BuildKit lets a stage copy from a later one, but not round in a circle, which could never finish building. */
    private void rejectCycles() {
        Set<Stage> finished = new LinkedHashSet<>();
        for (Stage stage : stages) {
            visit(stage, new ArrayList<>(), finished);
        }
    }

    private void visit(Stage stage, List<Stage> path, Set<Stage> finished) {
        if (finished.contains(stage)) {
            return;
        }
        path.add(stage);
        for (Dependency dependency : dependencies(stage)) {
            int start = path.indexOf(dependency.stage());
            if (start >= 0) {
                List<String> circle = new ArrayList<>();
                path.subList(start, path.size()).forEach(s -> circle.add(s.label()));
                circle.add(dependency.stage().label());
                throw new DockerfileSyntaxException(dependency.instruction().line(), "the stages depend on each other "
                        + "in a circle (" + String.join(" -> ", circle) + "), so none of them can be built first; "
                        + "copy only from stages that do not need this one");
            }
            visit(dependency.stage(), path, finished);
        }
        path.remove(path.size() - 1);
        finished.add(stage);
    }

    private static List<Dependency> dependencies(Stage stage) {
        List<Dependency> dependencies = new ArrayList<>();
        stage.baseStage().ifPresent(base -> dependencies.add(new Dependency(base, stage.from())));
        for (CopySource source : stage.copySources()) {
            source.stage().ifPresent(from -> dependencies.add(new Dependency(from, source.instruction())));
        }
        return dependencies;
    }

    private record Dependency(Stage stage, Instruction instruction) {
    }
}
