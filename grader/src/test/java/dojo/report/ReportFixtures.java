package dojo.report;

import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Size;
import dojo.image.DpkgPackage;
import dojo.image.ImageAnalysis;
import java.util.List;

/** A graded starter and a graded solution of kata 01, with analyses, as the report tests show them. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static GradeRecord starter() {
        return record(1_100_000_000, 5, List.of("/usr/bin/go", "/usr/bin/gcc"), 420,
                Checks.size(1_100_000_000, Size.megabytes(20), Size.megabytes(8)));
    }

    static GradeRecord solution() {
        return record(7_200_000, 1, List.of(), 0, Checks.size(7_200_000, Size.megabytes(20), Size.megabytes(8)));
    }

    static ImageAnalysis starterAnalysis() {
        return new ImageAnalysis(List.of(
                new ImageAnalysis.Layer(0, "sha256:a", "ADD file:abc in /", 117_000_000, 0.1),
                new ImageAnalysis.Layer(1, "sha256:b", "RUN apt-get install -y golang-go <vim>", 975_000_000, 0.84),
                new ImageAnalysis.Layer(2, "sha256:c", "RUN rm /big", 0, 0.0)),
                1_099_000_000, 1_089_000_000, 10_000_000,
                List.of(new ImageAnalysis.Waste("/big", 10_000_000, 1, ImageAnalysis.Fate.DELETED, 2)),
                List.of(new ImageAnalysis.PathSize("/usr/lib/go/bin/go", 15_000_000)),
                List.of(new ImageAnalysis.PathSize("/usr", 900_000_000)),
                List.of("/usr/local/bin/greeter"), 7_000_000,
                new ImageAnalysis.AttackSurface(List.of("/bin/bash"), List.of("/usr/bin/apt-get"),
                        List.of("/usr/bin/passwd"), List.of(), List.of(new DpkgPackage("gcc-12", "12.2", 70_000)), ""),
                List.of(new ImageAnalysis.Secret("GitHub token", "/root/.git-credentials", 1, true, "ghp_ab…yz")));
    }

    static ImageAnalysis solutionAnalysis() {
        return new ImageAnalysis(List.of(new ImageAnalysis.Layer(0, "sha256:d", "COPY /out/greeter /greeter",
                7_000_000, 1.0)), 7_000_000, 7_000_000, 0, List.of(), List.of(), List.of(), List.of("/greeter"),
                7_000_000, new ImageAnalysis.AttackSurface(List.of(), List.of(), List.of(), List.of(), List.of(),
                "65532"), List.of());
    }

    private static GradeRecord record(long bytes, int layers, List<String> toolchains, int packages,
            CheckResult... checks) {
        return new GradeRecord("01-go-static", "katas/01-go-static/Dockerfile", "2025-01-01T00:00:00Z", "buildkit",
                12.0, null, bytes, Size.megabytes(20), Size.megabytes(8), layers, true, toolchains, packages, "",
                20.0, List.of(checks));
    }
}
