package dojo.cli;

import dojo.engine.Doctor;
import dojo.kata.RepositoryRoot;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Reports whether this machine can grade, and with --fix makes it able to. */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = {
        "Check the Docker engine, the builder and the base images, with the fix for each problem.",
        "With --fix (Debian, as root): install docker.io, start dockerd, build the base images offline."})
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--fix", description = "fix what can be fixed; running it twice changes nothing")
    boolean fix;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Doctor doctor = new Doctor(RepositoryRoot.find(), line -> {
            err.println(Terminal.dim("  " + line));
            err.flush();
        });
        List<Doctor.Finding> findings;
        try {
            findings = fix ? doctor.fix() : doctor.examine();
        } catch (IOException | IllegalStateException e) {
            err.println("dojo doctor: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        for (Doctor.Finding finding : findings) {
            out.printf("%s  %-11s %s%n", finding.ok() ? "ok  " : "FIX ", finding.what(), finding.detail());
            if (!finding.ok()) {
                out.printf("      %-11s next step: %s%n", "", finding.fix());
            }
        }
        boolean ready = findings.stream().allMatch(Doctor.Finding::ok);
        out.println(ready ? "Ready to grade: ./dojo grade 01-go-static" : "Not ready yet: see the steps above.");
        return ready ? 0 : 1;
    }
}
