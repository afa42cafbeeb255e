package dojo.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: its instructions, the ARGs declared before the first {@code FROM}, and its build stages with
 * the links between them. Parsing follows Docker's BuildKit frontend and needs no Docker engine.
 *
 * <pre>{@code
 * Dockerfile dockerfile = Dockerfile.parse(Files.readString(path));
 * boolean copiesABuildResult = dockerfile.isMultiStage();
 * }</pre>
 */
public final class Dockerfile {

    private final char escapeChar;
    private final Optional<String> syntax;
    private final List<Instruction> instructions;
    private final List<Arg> globalArgs;
    private final List<Stage> stages;

    private Dockerfile(char escapeChar, Optional<String> syntax, List<Instruction> instructions, List<Arg> globalArgs,
            List<Stage> stages) {
        this.escapeChar = escapeChar;
        this.syntax = syntax;
        this.instructions = List.copyOf(instructions);
        this.globalArgs = List.copyOf(globalArgs);
        this.stages = List.copyOf(stages);
    }

    /**
     * Parses the text of a Dockerfile.
     *
     * @throws DockerfileSyntaxException when Docker would refuse to build it; the message names the line
     */
    public static Dockerfile parse(String text) {
        InstructionScanner.Result scanned = InstructionScanner.scan(text);
        StageAssembler assembled = StageAssembler.assemble(scanned.instructions(), scanned.escape());
        return new Dockerfile(scanned.escape(), scanned.syntax(), scanned.instructions(), assembled.globalArgs(),
                assembled.stages());
    }

    /** All instructions in order, the global ARGs included. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** The ARGs before the first FROM, which FROM lines may use. */
    public List<Arg> globalArgs() {
        return globalArgs;
    }

    /** The stages in order; index 0 is the first FROM. */
    public List<Stage> stages() {
        return stages;
    }

    /** The last stage, which {@code docker build} builds when no target is given. */
    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /** The stage with this name (any case) or this numeric index. */
    public Optional<Stage> stage(String nameOrIndex) {
        return StageAssembler.find(stages, nameOrIndex);
    }

    /**
     * Whether the final image takes files from another stage of this Dockerfile: the final stage, or a stage it is
     * built on through {@code FROM stage}, has a {@code COPY --from} naming another stage. Copying from an external
     * image does not count, nor does a stage that nothing copies from.
     */
    public boolean isMultiStage() {
        List<Stage> chain = new ArrayList<>();
        for (Optional<Stage> stage = Optional.of(finalStage()); stage.isPresent(); stage = stage.get().baseStage()) {
            chain.add(stage.get());
        }
        return chain.stream()
                .flatMap(stage -> stage.copySources().stream().filter(source -> source.stage()
                        .filter(from -> from != stage)
                        .isPresent()))
                .findAny()
                .isPresent();
    }

    /** The escape character: {@code \} unless a {@code # escape=} directive sets {@code `}. */
    public char escapeChar() {
        return escapeChar;
    }

    /** The frontend image named by a {@code # syntax=} directive, if any. */
    public Optional<String> syntax() {
        return syntax;
    }
}
