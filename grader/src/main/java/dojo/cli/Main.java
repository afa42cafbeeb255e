package dojo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dojo} command: grade katas, check the machine, coach the interview answer. */
@Command(name = "dojo", mixinStandardHelpOptions = true, version = "Multi-Stage Dojo 0.1.0",
        description = "Graded katas that teach multi-stage Docker builds.",
        subcommands = {ListCommand.class, GradeCommand.class, DoctorCommand.class, CatalogueCommand.class,
                InterviewCommand.class, SlidesCommand.class, ClassCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** With no subcommand, the usage is the most useful answer. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands, as tests run it. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        // Bad input is exit 2, as in the README: a mistyped option says so in one line, with the usage.
        line.setExitCodeExceptionMapper(e -> 2);
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("dojo: " + e.getMessage());
            e.getCommandLine().getErr().println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help` for usage.");
            return 2;
        });
        return line;
    }
}
