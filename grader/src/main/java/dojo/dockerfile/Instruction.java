package dojo.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One instruction of a Dockerfile, such as {@code RUN --mount=type=cache,target=/root/.m2 mvn package}, with its
 * continuation lines joined and the comments between them dropped.
 */
public final class Instruction {

    private final String keyword;
    private final String arguments;
    private final List<Flag> flags;
    private final String body;
    private final Optional<List<String>> execForm;
    private final List<Heredoc> heredocs;
    private final Optional<Instruction> trigger;
    private final int line;
    private final int endLine;

    Instruction(String keyword, String arguments, List<Flag> flags, String body, Optional<List<String>> execForm,
            List<Heredoc> heredocs, Optional<Instruction> trigger, int line, int endLine) {
        this.keyword = keyword;
        this.arguments = arguments;
        this.flags = List.copyOf(flags);
        this.body = body;
        this.execForm = execForm.map(List::copyOf);
        this.heredocs = List.copyOf(heredocs);
        this.trigger = trigger;
        this.line = line;
        this.endLine = endLine;
    }

    /** The keyword in upper case, such as {@code RUN}, however the Dockerfile spells it. */
    public String keyword() {
        return keyword;
    }

    /** Whether this is the instruction {@code keyword}, compared without regard to case. */
    public boolean is(String keyword) {
        return this.keyword.equalsIgnoreCase(keyword);
    }

    /** Everything after the keyword, flags included, with continuation lines joined and outer white space trimmed. */
    public String arguments() {
        return arguments;
    }

    /**
     * The leading {@code --name=value} flags by lower-case name, in the order written. A flag given more than once,
     * such as {@code --mount}, maps to its values joined by newlines; {@link #flagValues(String)} keeps them apart.
     * A flag written without {@code =}, such as {@code --link}, has an empty value.
     */
    public Map<String, String> flags() {
        Map<String, String> joined = new LinkedHashMap<>();
        for (Flag flag : flags) {
            joined.merge(flag.name(), flag.value(), (first, second) -> first + "\n" + second);
        }
        return Collections.unmodifiableMap(joined);
    }

    /** Every value of the flag {@code name} (any case), in the order written; empty when the flag is absent. */
    public List<String> flagValues(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        for (Flag flag : flags) {
            if (flag.name().equals(wanted)) {
                values.add(flag.value());
            }
        }
        return List.copyOf(values);
    }

    /** The value of the flag {@code name} (any case) when given, the last one if it is given more than once. */
    public Optional<String> flag(String name) {
        List<String> values = flagValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** The arguments without the leading flags. */
    public String body() {
        return body;
    }

    /** Whether a RUN, CMD, ENTRYPOINT or SHELL is written as a JSON array, such as {@code CMD ["npm", "start"]}. */
    public boolean isExecForm() {
        return execForm.isPresent();
    }

    /** The elements of the JSON array when {@link #isExecForm()}; otherwise empty. */
    public List<String> execForm() {
        return execForm.orElse(List.of());
    }

    /** The here-documents the instruction opens, in order; their lines are not instructions. */
    public List<Heredoc> heredocs() {
        return heredocs;
    }

    /** For {@code ONBUILD}, the instruction it registers for images built from this one, such as the RUN. */
    public Optional<Instruction> trigger() {
        return trigger;
    }

    /** The 1-based line the instruction starts on. */
    public int line() {
        return line;
    }

    /** The 1-based line the instruction ends on: its last continuation line or the end of its last heredoc. */
    public int endLine() {
        return endLine;
    }

    /** The instruction as one line, keyword and arguments, for messages. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? keyword : keyword + " " + arguments;
    }
}
