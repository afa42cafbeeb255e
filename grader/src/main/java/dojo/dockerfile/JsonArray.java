package dojo.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON array of an exec-form instruction such as {@code CMD ["npm", "start"]}.
 *
 * <p>It follows Go's {@code json.Decoder}, which BuildKit uses: only the first JSON value is read, so text after the
 * closing bracket is ignored, and an array that is valid JSON but holds something other than strings is an error
 * rather than shell form.
 */
final class JsonArray {

    /** The elements of a valid JSON array; an element that is not a JSON string is {@code null}. */
    record Elements(List<String> values) {

        int firstNonString() {
            return values.indexOf(null);
        }
    }

    private static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int pos;

    private JsonArray(String text) {
        this.text = text;
    }

    /** The array's elements, or empty when the text does not start with a valid JSON array. */
    static Optional<Elements> parse(String text) {
        JsonArray reader = new JsonArray(text);
        try {
            reader.skipSpace();
            if (!reader.peek('[')) {
                return Optional.empty();
            }
            return Optional.of(new Elements(reader.array()));
        } catch (Malformed malformed) {
            return Optional.empty();
        }
    }

    private List<String> array() throws Malformed {
        expect('[');
        List<String> values = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
            pos++;
            return values;
        }
        while (true) {
            skipSpace();
            values.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return values;
            }
        }
    }

    /** Reads any JSON value; returns it when it is a string and null otherwise. */
    private String value() throws Malformed {
        if (pos >= text.length()) {
            throw new Malformed();
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            array();
        } else if (c == '{') {
            object();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (!literal("true") && !literal("false") && !literal("null")) {
            throw new Malformed();
        }
        return null;
    }

    private void object() throws Malformed {
        expect('{');
        skipSpace();
        if (peek('}')) {
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw new Malformed();
            }
            string();
            skipSpace();
            expect(':');
            skipSpace();
            value();
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private String string() throws Malformed {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw new Malformed();
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw new Malformed();
            }
        }
        throw new Malformed();
    }

    private char unicodeEscape() throws Malformed {
        if (pos + 4 > text.length()) {
            throw new Malformed();
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw new Malformed();
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private void number() throws Malformed {
        if (peek('-')) {
            pos++;
        }
        if (peek('0')) {
            pos++;
        } else if (digits() == 0) {
            throw new Malformed();
        }
        if (peek('.')) {
            pos++;
            if (digits() == 0) {
                throw new Malformed();
            }
        }
        if (peek('e') || peek('E')) {
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            if (digits() == 0) {
                throw new Malformed();
            }
        }
    }

    private int digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    private boolean literal(String word) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws Malformed {
        if (!peek(c)) {
            throw new Malformed();
        }
        pos++;
    }
}
