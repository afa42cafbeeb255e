package dojo.interview;

/** Formats durations the way a coach would say them: "45 s", "1 min 32 s". */
final class Durations {

    private Durations() {
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        long rest = seconds % 60;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
