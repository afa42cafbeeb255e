package dojo.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of words and short phrases found in a sequence of lower-case words. Phrases are matched without regard
 * to case and reported as spelled here, so a report can say "BuildKit".
 */
final class Phrases {

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}_']+");

    private final List<String[]> phrases;
    private final List<String> spellings;
    // Looking phrases up by their first word keeps a long answer linear in its length.
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();

    private Phrases(List<String[]> phrases, List<String> spellings) {
        this.phrases = phrases;
        this.spellings = spellings;
        for (int p = 0; p < phrases.size(); p++) {
            byFirstWord.computeIfAbsent(phrases.get(p)[0], word -> new ArrayList<>()).add(p);
        }
    }

    static Phrases of(String... phrases) {
        List<String[]> split = new ArrayList<>();
        for (String phrase : phrases) {
            split.add(SEPARATOR.split(phrase.toLowerCase(Locale.ROOT)));
        }
        return new Phrases(split, List.of(phrases));
    }

    /** The phrases found, at every position they occur, in the order they occur. */
    List<Match> find(List<String> words) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int p : byFirstWord.getOrDefault(words.get(i), List.of())) {
                String[] phrase = phrases.get(p);
                if (matchesAt(words, i, phrase)) {
                    matches.add(new Match(spellings.get(p), i, phrase.length));
                }
            }
        }
        return matches;
    }

    int count(List<String> words) {
        return find(words).size();
    }

    boolean anyIn(List<String> words) {
        return !find(words).isEmpty();
    }

    /** The distinct phrases found, in the order first met. */
    Set<String> distinct(List<String> words) {
        Set<String> found = new LinkedHashSet<>();
        for (Match match : find(words)) {
            found.add(match.phrase());
        }
        return found;
    }

    private static boolean matchesAt(List<String> words, int start, String[] phrase) {
        if (start + phrase.length > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            if (!phrase[j].equals(words.get(start + j))) {
                return false;
            }
        }
        return true;
    }

    /** One occurrence: the phrase, the index of its first word and how many words it spans. */
    record Match(String phrase, int index, int length) {
    }
}
