package dojo.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The instruction keywords Docker knows, and the nearest one to a misspelt keyword. */
final class Keywords {

    static final List<String> ALL = List.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    static final Set<String> EXEC_FORM = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL");

    static final Set<String> JSON_LIST = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "ADD", "COPY", "VOLUME");

    static final Set<String> HEREDOC = Set.of("RUN", "COPY", "ADD");

    static final Set<String> NOT_TRIGGERS = Set.of("ONBUILD", "FROM", "MAINTAINER");

    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private Keywords() {
    }

    static boolean isKnown(String keyword) {
        return ALL.contains(keyword);
    }

    static Optional<String> nearest(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String keyword : ALL) {
            int distance = distance(upper, keyword);
            if (distance < bestDistance) {
                best = keyword;
                bestDistance = distance;
            }
        }
        // A one-letter word is within two edits of several keywords; suggesting any of them would be a guess.
        boolean close = bestDistance <= MAX_SUGGESTION_DISTANCE && bestDistance < upper.length();
        return close ? Optional.of(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
