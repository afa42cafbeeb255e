package dojo.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the leading {@code --flag} words off an instruction's arguments. Like BuildKit, it honours quotes and
 * backslashes inside a flag word (whatever the escape directive says), and stops at the first word that does not
 * start with {@code --} or at a bare {@code --}.
 */
final class BuilderFlags {

    record Split(List<Flag> flags, String rest) {
    }

    private BuilderFlags() {
    }

    static Split split(String arguments, int line) {
        List<String> words = new ArrayList<>();
        int pos = 0;
        int length = arguments.length();
        while (true) {
            while (pos < length && Whitespace.isSpace(arguments.charAt(pos))) {
                pos++;
            }
            if (pos >= length) {
                return new Split(toFlags(words, line), "");
            }
            if (!arguments.startsWith("--", pos)) {
                return new Split(toFlags(words, line), arguments.substring(pos));
            }
            StringBuilder word = new StringBuilder();
            char quote = 0;
            while (pos < length && (quote != 0 || !Whitespace.isSpace(arguments.charAt(pos)))) {
                char c = arguments.charAt(pos++);
                if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (c == '\\') {
                    if (pos < length) {
                        word.append(arguments.charAt(pos++));
                    }
                } else {
                    word.append(c);
                }
            }
            if (word.toString().equals("--")) {
                return new Split(toFlags(words, line), arguments.substring(pos));
            }
            words.add(word.toString());
        }
    }

    private static List<Flag> toFlags(List<String> words, int line) {
        List<Flag> flags = new ArrayList<>();
        for (String word : words) {
            String text = word.substring(2);
            int equals = text.indexOf('=');
            String name = equals < 0 ? text : text.substring(0, equals);
            String value = equals < 0 ? "" : text.substring(equals + 1);
            if (name.isEmpty()) {
                throw new DockerfileSyntaxException(line, "the flag " + word + " has no name; "
                        + "write it as --name=value");
            }
            flags.add(new Flag(name.toLowerCase(Locale.ROOT), value));
        }
        return List.copyOf(flags);
    }
}
