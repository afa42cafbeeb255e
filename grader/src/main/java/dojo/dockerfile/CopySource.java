package dojo.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@code COPY --from=...} or {@code ADD --from=...} takes its files: another stage of the same Dockerfile or an
 * external image. Exactly one of {@code stage} and {@code image} is present.
 *
 * @param instruction the COPY or ADD instruction
 * @param reference   the raw {@code --from} value
 * @param stage       the stage it names, by name (case-insensitive) or by numeric index
 * @param image       otherwise the external image it names
 */
public record CopySource(Instruction instruction, String reference, Optional<Stage> stage, Optional<String> image) {

    /** Checks that the parts are present and that the source is either a stage or an image. */
    public CopySource {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(image, "image");
        if (stage.isPresent() == image.isPresent()) {
            throw new IllegalArgumentException("a copy source is either a stage or an image, not both or neither");
        }
    }

    static CopySource ofStage(Instruction instruction, String reference, Stage stage) {
        return new CopySource(instruction, reference, Optional.of(stage), Optional.empty());
    }

    static CopySource ofImage(Instruction instruction, String reference) {
        return new CopySource(instruction, reference, Optional.empty(), Optional.of(reference));
    }

    /** Whether the files come from a stage of the same Dockerfile rather than from an image. */
    public boolean isStage() {
        return stage.isPresent();
    }
}
