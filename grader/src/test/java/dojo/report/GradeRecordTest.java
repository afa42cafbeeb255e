package dojo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.CheckResult;
import dojo.check.Checks;
import dojo.check.Size;
import dojo.image.Toolchain;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeRecordTest {

    private static final Toolchain APT = new Toolchain("apt", "/usr/bin/apt", "/usr/bin/apt");

    @Test
    void a_failing_gold_check_keeps_the_pass_tier() {
        GradeRecord record = record(4_000_000, Checks.size(4_000_000, Size.megabytes(20), Size.megabytes(8)),
                Checks.noPackageManager(List.of(APT)));

        assertThat(record.passed()).isTrue();
        assertThat(record.tier()).isEqualTo("pass");
    }

    @Test
    void gold_needs_the_gold_size_and_every_gold_check() {
        GradeRecord record = record(4_000_000, Checks.size(4_000_000, Size.megabytes(20), Size.megabytes(8)),
                Checks.noPackageManager(List.of()));

        assertThat(record.tier()).isEqualTo("gold");
    }

    @Test
    void a_failing_required_check_means_no_tier() {
        GradeRecord record = record(30_000_000, Checks.size(30_000_000, Size.megabytes(20), Size.megabytes(8)));

        assertThat(record.passed()).isFalse();
        assertThat(record.tier()).isEqualTo("none");
    }

    @Test
    void the_report_card_marks_a_missed_gold_check_apart_from_failures() {
        GradeRecord record = record(4_000_000, Checks.size(4_000_000, Size.megabytes(20), Size.megabytes(8)),
                Checks.noPackageManager(List.of(APT)));

        String card = ReportCard.plain().render(record);

        assertThat(card).contains("GOLD?  no package manager in the final image (gold)")
                .contains("All 1 required checks pass. Tier: pass.");
    }

    private static GradeRecord record(long bytes, CheckResult... checks) {
        return new GradeRecord("01-go-static", "katas/01-go-static/Dockerfile", "2026-12-03T18:00:00Z", "BuildKit",
                1.0, null, bytes, Size.megabytes(20), Size.megabytes(8), 1, true, List.of(), 0, "65532", 2.0,
                List.of(checks));
    }
}
