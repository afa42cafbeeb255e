package dojo.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The small shell language Docker applies to Dockerfile words: splitting on white space outside quotes, and
 * expanding a word by removing quotes and escapes and substituting {@code $NAME}, {@code ${NAME}} and the
 * {@code ${NAME:-default}} family of modifiers.
 */
final class ShellWords {

    private static final String SPECIAL_PARAMETERS = "@*#?-$!0";

    private final String text;
    private final char escape;
    private final Map<String, String> env;
    private final boolean substitute;
    private final int line;
    private int pos;

    private ShellWords(String text, char escape, Map<String, String> env, boolean substitute, int line) {
        this.text = text;
        this.escape = escape;
        this.env = env;
        this.substitute = substitute;
        this.line = line;
    }

    /** Splits on white space outside quotes; quotes and escapes stay in the words as written. */
    static List<String> split(String text, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == escape && quote != '\'') {
                    if (i + 1 == text.length()) {
                        continue;
                    }
                    word.append(c);
                    c = text.charAt(++i);
                }
                word.append(c);
                continue;
            }
            if (Whitespace.isSpace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == escape) {
                if (i + 1 == text.length()) {
                    continue;
                }
                word.append(c);
                c = text.charAt(++i);
            }
            word.append(c);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Removes quotes and escapes and substitutes the variables of {@code env}; unset variables expand to nothing. */
    static String expand(String word, char escape, Map<String, String> env, int line) {
        return new ShellWords(word, escape, env, true, line).until("");
    }

    /** Removes quotes and escapes without substituting anything, as for the name of a heredoc. */
    static String unquote(String word, int line) {
        return new ShellWords(word, '\\', Map.of(), false, line).until("");
    }

    private String until(String stops) {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (stops.indexOf(c) >= 0) {
                break;
            }
            pos++;
            if (c == '\'') {
                out.append(singleQuoted());
            } else if (c == '"') {
                out.append(doubleQuoted());
            } else if (c == escape) {
                if (pos < text.length()) {
                    out.append(text.charAt(pos++));
                }
            } else if (c == '$' && substitute) {
                out.append(dollar());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String singleQuoted() {
        int close = text.indexOf('\'', pos);
        if (close < 0) {
            throw error("the single quote in " + text + " is never closed");
        }
        String quoted = text.substring(pos, close);
        pos = close + 1;
        return quoted;
    }

    private String doubleQuoted() {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == escape && pos < text.length()) {
                char next = text.charAt(pos);
                if (next == '"' || next == '$' || next == escape) {
                    out.append(next);
                    pos++;
                    continue;
                }
            }
            if (c == '$' && substitute) {
                out.append(dollar());
            } else {
                out.append(c);
            }
        }
        throw error("the double quote in " + text + " is never closed");
    }

    private String dollar() {
        if (pos >= text.length()) {
            return "$";
        }
        if (text.charAt(pos) == '{') {
            pos++;
            return braced();
        }
        String name = name();
        return name.isEmpty() ? "$" : env.getOrDefault(name, "");
    }

    private String name() {
        int start = pos;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }
        if (pos < text.length() && SPECIAL_PARAMETERS.indexOf(text.charAt(pos)) >= 0) {
            pos++;
            return text.substring(start, pos);
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String braced() {
        String name = name();
        if (name.isEmpty() || pos >= text.length()) {
            throw error("bad substitution in " + text + ": write ${NAME} or ${NAME:-default}");
        }
        char modifier = text.charAt(pos++);
        if (modifier == '}') {
            return env.getOrDefault(name, "");
        }
        boolean colon = modifier == ':';
        if (colon) {
            modifier = pos < text.length() ? text.charAt(pos++) : '}';
        }
        String value = env.get(name);
        boolean unset = value == null || (colon && value.isEmpty());
        switch (modifier) {
            case '-' -> {
                String word = closingWord();
                return unset ? word : value;
            }
            case '+' -> {
                String word = closingWord();
                return unset ? "" : word;
            }
            case '?' -> {
                String word = closingWord();
                if (unset) {
                    throw error(name + " is not set" + (word.isEmpty() ? "" : ": " + word));
                }
                return value;
            }
            case '#', '%' -> {
                if (colon) {
                    break;
                }
                boolean longest = pos < text.length() && text.charAt(pos) == modifier;
                if (longest) {
                    pos++;
                }
                String pattern = closingWord();
                String subject = value == null ? "" : value;
                return modifier == '#' ? trimPrefix(subject, pattern, longest) : trimSuffix(subject, pattern, longest);
            }
            case '/' -> {
                if (colon) {
                    break;
                }
                boolean all = pos < text.length() && text.charAt(pos) == '/';
                if (all) {
                    pos++;
                }
                String pattern = until("/}");
                String replacement = "";
                if (pos < text.length() && text.charAt(pos) == '/') {
                    pos++;
                    replacement = until("}");
                }
                expectClosingBrace();
                return replace(value == null ? "" : value, pattern, replacement, all);
            }
            default -> {
                // fall through to the error below
            }
        }
        throw error("unsupported modifier (" + (colon ? ":" : "") + modifier + ") in substitution " + text);
    }

    private String closingWord() {
        String word = until("}");
        expectClosingBrace();
        return word;
    }

    private void expectClosingBrace() {
        if (pos >= text.length() || text.charAt(pos) != '}') {
            throw error("missing } in " + text);
        }
        pos++;
    }

    private static String trimPrefix(String value, String pattern, boolean longest) {
        Pattern glob = glob(pattern);
        for (int i = 0; i <= value.length(); i++) {
            int end = longest ? value.length() - i : i;
            if (glob.matcher(value.substring(0, end)).matches()) {
                return value.substring(end);
            }
        }
        return value;
    }

    private static String trimSuffix(String value, String pattern, boolean longest) {
        Pattern glob = glob(pattern);
        for (int i = 0; i <= value.length(); i++) {
            int start = longest ? i : value.length() - i;
            if (glob.matcher(value.substring(start)).matches()) {
                return value.substring(0, start);
            }
        }
        return value;
    }

    private static String replace(String value, String pattern, String replacement, boolean all) {
        if (pattern.isEmpty()) {
            return value;
        }
        Pattern glob = glob(pattern);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int end = longestMatchAt(glob, value, i);
            if (end < 0) {
                out.append(value.charAt(i++));
                continue;
            }
            out.append(replacement);
            if (!all) {
                return out.append(value.substring(end)).toString();
            }
            // An empty match would not move on; copy one character so the loop ends.
            if (end == i) {
                out.append(value.charAt(i++));
            } else {
                i = end;
            }
        }
        return out.toString();
    }

    private static int longestMatchAt(Pattern glob, String value, int start) {
        for (int end = value.length(); end >= start; end--) {
            if (glob.matcher(value.substring(start, end)).matches()) {
                return end;
            }
        }
        return -1;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private DockerfileSyntaxException error(String problem) {
        return new DockerfileSyntaxException(line, problem);
    }
}
