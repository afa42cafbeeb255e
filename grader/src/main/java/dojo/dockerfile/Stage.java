package dojo.dockerfile;

import java.util.List;
import java.util.Optional;

/** One build stage: a {@code FROM} and the instructions up to the next {@code FROM}. */
public final class Stage {

    private final int index;
    private final Optional<String> name;
    private final String baseName;
    private final Optional<Stage> baseStage;
    private final List<Instruction> instructions;
    private List<CopySource> copySources = List.of();

    Stage(int index, Optional<String> name, String baseName, Optional<Stage> baseStage,
            List<Instruction> instructions) {
        this.index = index;
        this.name = name;
        this.baseName = baseName;
        this.baseStage = baseStage;
        this.instructions = List.copyOf(instructions);
    }

    /** The 0-based position of the stage in the Dockerfile, as {@code COPY --from=0} counts it. */
    public int index() {
        return index;
    }

    /** The name from {@code FROM image AS name}, in lower case as Docker compares it. */
    public Optional<String> name() {
        return name;
    }

    /** The image or stage the stage starts from, after ARG substitution, such as {@code alpine:3.20}. */
    public String baseName() {
        return baseName;
    }

    /** The earlier stage this one is built on, when its FROM names one, as in {@code FROM build AS test}. */
    public Optional<Stage> baseStage() {
        return baseStage;
    }

    /** Whether the stage starts from the empty image, {@code FROM scratch}. */
    public boolean isScratch() {
        return baseStage.isEmpty() && baseName.equals("scratch");
    }

    /** The stage's FROM, then the instructions after it up to the next FROM. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** The FROM instruction that opens the stage. */
    public Instruction from() {
        return instructions.get(0);
    }

    /** Every {@code COPY --from} and {@code ADD --from} of this stage, in order. */
    public List<CopySource> copySources() {
        return copySources;
    }

    /** The line of the stage's FROM. */
    public int line() {
        return from().line();
    }

    /** The stage's name when it has one, otherwise its index, as messages refer to it. */
    public String label() {
        return name.orElse(String.valueOf(index));
    }

    void attachCopySources(List<CopySource> sources) {
        copySources = List.copyOf(sources);
    }

    /** The stage for messages: {@code stage 1 (build)} or {@code stage 0}. */
    @Override
    public String toString() {
        return "stage " + index + name.map(n -> " (" + n + ")").orElse("");
    }
}
