package dojo.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * A build argument declared by {@code ARG name[=default]} before the first {@code FROM}.
 *
 * @param name         the argument's name, as written
 * @param defaultValue the default after quote removal and substitution of the ARGs declared before it; empty when the
 *                     ARG gives none
 */
public record Arg(String name, Optional<String> defaultValue) {

    /** Checks that neither part is null. */
    public Arg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
