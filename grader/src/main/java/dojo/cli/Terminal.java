package dojo.cli;

import java.util.Map;

/** Whether the terminal shows colour: only an interactive one, unless NO_COLOR says otherwise. */
final class Terminal {

    private Terminal() {
    }

    static boolean colour() {
        Map<String, String> env = System.getenv();
        return System.console() != null && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    static String dim(String text) {
        return colour() ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
