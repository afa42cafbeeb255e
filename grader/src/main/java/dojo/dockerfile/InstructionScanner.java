package dojo.dockerfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a Dockerfile into instructions: parser directives, line continuations, comment and blank lines,
 * keywords, flags, exec form and heredocs. It follows BuildKit's parser line for line, so a file reads here as it
 * reads to {@code docker build}.
 */
final class InstructionScanner {

    /** What the scan found: the directives at the top and the instructions in order. */
    record Result(char escape, Optional<String> syntax, List<Instruction> instructions) {
    }

    // Go's \s has no vertical tab, and BuildKit matches directives with Go's regular expressions.
    private static final String GO_SPACE = "[\\t\\n\\f\\r ]*";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "#" + GO_SPACE + "([a-zA-Z][a-zA-Z0-9]*)" + GO_SPACE + "=" + GO_SPACE + "(.+?)" + GO_SPACE);
    private static final Set<String> DIRECTIVE_NAMES = Set.of("escape", "syntax", "check");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[\\t\\x0B\\f\\r ]+");
    private static final Pattern HEREDOC_WORD = Pattern.compile("(\\d*)<<(-?)([^<]*)");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    private final List<String> lines;
    private final Map<String, String> directives = new HashMap<>();
    private boolean directivesDone;
    private char escape = '\\';
    private int linesRead;

    private InstructionScanner(List<String> lines) {
        this.lines = lines;
    }

    static Result scan(String text) {
        InstructionScanner scanner = new InstructionScanner(physicalLines(text));
        List<Instruction> instructions = scanner.readAll();
        return new Result(scanner.escape, Optional.ofNullable(scanner.directives.get("syntax")), instructions);
    }

    private static List<String> physicalLines(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        if (content.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        return lines;
    }

    private List<Instruction> readAll() {
        List<Instruction> instructions = new ArrayList<>();
        while (hasMoreLines()) {
            String first = Whitespace.trimLeading(nextLine());
            int startLine = linesRead;
            readDirective(first, startLine);
            String text = isComment(first) ? "" : first;
            boolean complete = !endsWithEscape(text);
            if (complete && text.isEmpty()) {
                continue;
            }
            StringBuilder logical = new StringBuilder(complete ? text : withoutEscape(text));
            while (!complete && hasMoreLines()) {
                String next = nextLine();
                // Inside a continuation, comment lines and blank lines are left out, not ended on.
                if (isComment(next) || Whitespace.trimLeading(next).isEmpty()) {
                    continue;
                }
                complete = !endsWithEscape(next);
                logical.append(complete ? next : withoutEscape(next));
            }
            if (!Whitespace.trim(logical.toString()).isEmpty()) {
                instructions.add(instruction(logical.toString(), startLine));
            }
        }
        return instructions;
    }

    private boolean hasMoreLines() {
        return linesRead < lines.size();
    }

    private String nextLine() {
        return lines.get(linesRead++);
    }

    private static boolean isComment(String line) {
        return Whitespace.trimLeading(line).startsWith("#");
    }

    private void readDirective(String line, int lineNumber) {
        if (directivesDone) {
            return;
        }
        Matcher matcher = DIRECTIVE.matcher(line);
        String name = matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
        if (!DIRECTIVE_NAMES.contains(name)) {
            directivesDone = true;
            return;
        }
        if (directives.containsKey(name)) {
            throw new DockerfileSyntaxException(lineNumber, "the parser directive `# " + name + "=` is given twice; "
                    + "keep only one at the top of the Dockerfile");
        }
        String value = matcher.group(2);
        directives.put(name, value);
        if (name.equals("escape")) {
            if (!value.equals("\\") && !value.equals("`")) {
                throw new DockerfileSyntaxException(lineNumber, "the escape directive sets '" + value
                        + "', but the escape character can only be \\ (the default) or `");
            }
            escape = value.charAt(0);
        }
    }

    private boolean endsWithEscape(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) == escape;
    }

    private String withoutEscape(String line) {
        return line.substring(0, line.lastIndexOf(escape));
    }

    private Instruction instruction(String logical, int startLine) {
        Command command = command(logical, startLine);
        List<Heredoc> heredocs = command.mayOpenHeredocs() && logical.contains("<<")
                ? readHeredocs(logical, startLine)
                : List.of();
        return command.toInstruction(heredocs, startLine, linesRead);
    }

    private Command command(String text, int line) {
        String[] parts = KEYWORD_SEPARATOR.split(Whitespace.trim(text), 2);
        String word = parts[0];
        String keyword = word.toUpperCase(Locale.ROOT);
        if (!Keywords.isKnown(keyword)) {
            throw new DockerfileSyntaxException(line, "unknown instruction " + word + unknownHint(word));
        }
        String rest = parts.length == 2 ? parts[1] : "";
        BuilderFlags.Split split = BuilderFlags.split(rest, line);
        String body = Whitespace.trim(split.rest());
        Optional<List<String>> json = jsonForm(keyword, body, line);
        Optional<Command> trigger = keyword.equals("ONBUILD") ? Optional.of(trigger(body, line)) : Optional.empty();
        return new Command(keyword, Whitespace.trim(rest), split.flags(), body, json, trigger);
    }

    private String unknownHint(String word) {
        if (!LETTERS.matcher(word).matches()) {
            return " (if this line continues the instruction above, end the line above with " + escape + ")";
        }
        return Keywords.nearest(word)
                .map(keyword -> " (did you mean " + keyword + "?)")
                .orElse("; a line starts with one of " + String.join(", ", Keywords.ALL));
    }

    private Command trigger(String body, int line) {
        if (body.isEmpty()) {
            throw new DockerfileSyntaxException(line, "ONBUILD needs an instruction to run later, "
                    + "such as ONBUILD COPY . /app");
        }
        Command trigger = command(body, line);
        if (Keywords.NOT_TRIGGERS.contains(trigger.keyword())) {
            throw new DockerfileSyntaxException(line, trigger.keyword() + " is not allowed as an ONBUILD trigger");
        }
        return trigger;
    }

    private static Optional<List<String>> jsonForm(String keyword, String body, int line) {
        if (!Keywords.JSON_LIST.contains(keyword) || !body.startsWith("[")) {
            return Optional.empty();
        }
        Optional<JsonArray.Elements> elements = JsonArray.parse(body);
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        int nonString = elements.get().firstNonString();
        if (nonString >= 0) {
            throw new DockerfileSyntaxException(line, keyword + " is written as a JSON array, but element "
                    + (nonString + 1) + " is not a string; every element must be a quoted string, "
                    + "as in [\"npm\", \"start\"]");
        }
        return Optional.of(elements.get().values());
    }

    private List<Heredoc> readHeredocs(String logical, int startLine) {
        List<Heredoc> heredocs = new ArrayList<>();
        for (String word : ShellWords.split(logical, '\\')) {
            Matcher matcher = HEREDOC_WORD.matcher(word);
            if (!matcher.matches() || matcher.group(3).isEmpty()) {
                continue;
            }
            String name = ShellWords.unquote(matcher.group(3), startLine);
            if (!name.isEmpty()) {
                heredocs.add(readHeredoc(name, !matcher.group(2).isEmpty(), startLine));
            }
        }
        return heredocs;
    }

    private Heredoc readHeredoc(String name, boolean stripTabs, int startLine) {
        StringBuilder body = new StringBuilder();
        while (hasMoreLines()) {
            String line = nextLine();
            String content = stripTabs ? line.replaceFirst("^\\t+", "") : line;
            if (content.equals(name)) {
                return new Heredoc(name, body.toString());
            }
            body.append(content).append('\n');
        }
        throw new DockerfileSyntaxException(startLine, "the heredoc <<" + name + " is never closed; "
                + "end it with a line that reads exactly " + name);
    }

    /** An instruction's parts before its heredocs are read. */
    private record Command(String keyword, String arguments, List<Flag> flags, String body,
            Optional<List<String>> json, Optional<Command> trigger) {

        boolean mayOpenHeredocs() {
            Command target = trigger.orElse(this);
            return Keywords.HEREDOC.contains(target.keyword) && target.json.isEmpty();
        }

        Instruction toInstruction(List<Heredoc> heredocs, int line, int endLine) {
            Optional<List<String>> execForm = Keywords.EXEC_FORM.contains(keyword) ? json : Optional.empty();
            Optional<Instruction> triggerInstruction =
                    trigger.map(command -> command.toInstruction(heredocs, line, endLine));
            return new Instruction(keyword, arguments, flags, body, execForm, heredocs, triggerInstruction, line,
                    endLine);
        }
    }
}
