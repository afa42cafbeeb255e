package dojo.dockerfile;

import java.util.Objects;

/**
 * A here-document opened on a {@code RUN}, {@code COPY} or {@code ADD} line, such as {@code RUN <<EOF}.
 *
 * @param name the terminator word, without quotes
 * @param body the lines between the instruction and the terminator, each ending in a newline; for {@code <<-} the
 *             leading tabs are already removed, as Docker removes them before using the text
 */
public record Heredoc(String name, String body) {

    /** Checks that neither part is null. */
    public Heredoc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
