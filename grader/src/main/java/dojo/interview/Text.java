package dojo.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the parser and the rubric; all of them are linear in the length of the text. */
final class Text {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    // A full stop followed by a lowercase letter is usually an abbreviation ("e.g. the"), not a sentence end.
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…])[\"'”’)\\]]*\\s+(?=[^\\p{Ll}])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    // Sentences keep the private-use marks that stand for placeholders, so the reader can find them again.
    private static final Pattern HAS_TEXT_OR_MARK = Pattern.compile("[\\p{L}\\p{N}\\uE000-\\uF8FF]");
    // Digits glued to a letter or to a hyphenated word are names ("x86", "01-go-static"), not measurements.
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}.,\\-])\\d+(?:[.,]\\d+)*(?![\\p{N}])(?!-\\p{L})(?!\\p{L}*-\\p{L})");

    private Text() {
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String joined = WHITESPACE.matcher(paragraph).replaceAll(" ").strip();
            if (joined.isEmpty()) {
                continue;
            }
            for (String sentence : SENTENCE_BREAK.split(joined)) {
                if (HAS_TEXT_OR_MARK.matcher(sentence).find()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    static boolean hasLetterOrDigit(String text) {
        return HAS_LETTER_OR_DIGIT.matcher(text).find();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : WHITESPACE.split(text.strip())) {
            if (HAS_LETTER_OR_DIGIT.matcher(token).find()) {
                words.add(token);
            }
        }
        return words;
    }

    static int wordCount(String text) {
        return words(text).size();
    }

    /** Lower-cased words with the surrounding punctuation removed, so "I," and "i" compare equal. */
    static List<String> normalisedWords(String text) {
        List<String> normalised = new ArrayList<>();
        for (String word : words(text)) {
            normalised.add(normalise(word));
        }
        return normalised;
    }

    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int start = 0;
        int end = lower.length();
        while (start < end && !isWordChar(lower.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£';
    }

    static int numberCount(String text) {
        Matcher matcher = NUMBER.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static boolean hasNumber(String text) {
        return NUMBER.matcher(text).find();
    }

    /** The sentence shortened for quoting as evidence in a report. */
    static String quote(String sentence) {
        String flat = WHITESPACE.matcher(sentence).replaceAll(" ").strip();
        int limit = 160;
        if (flat.length() <= limit) {
            return "“" + flat + "”";
        }
        return "“" + flat.substring(0, limit - 1).stripTrailing() + "…”";
    }
}
