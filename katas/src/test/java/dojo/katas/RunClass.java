package dojo.katas;

import dojo.cli.ClassCommand;
import picocli.CommandLine;

/** Runs {@code dojo class} on its own, for the benchmark script, until the command is registered in the CLI. */
public final class RunClass {

    private RunClass() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClassCommand()).execute(args));
    }
}
