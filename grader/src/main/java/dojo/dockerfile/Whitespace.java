package dojo.dockerfile;

/** White space as Go's {@code unicode.IsSpace} sees it, because BuildKit trims and splits with that function. */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isSpace(char c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    static String trimLeading(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    static String trim(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return trimLeading(text.substring(0, end));
    }
}
