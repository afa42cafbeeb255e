package dojo.clock;

import java.time.Instant;

/**
 * What clock answers: a greeting that says which Java runs it and how many modules that runtime holds, so the
 * effect of jlink shows in the reply itself.
 */
record Greeting(String javaVersion, long modules, Instant started) {

    static Greeting fromRuntime() {
        long modules = ModuleLayer.boot().modules().size();
        return new Greeting(Runtime.version().toString(), modules, Instant.now());
    }

    String text() {
        return "hello from the dojo (Java " + javaVersion + ", " + modules + " modules, up since " + started + ")\n";
    }
}
