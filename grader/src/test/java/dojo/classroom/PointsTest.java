package dojo.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.CheckResult;
import dojo.check.Checks;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void every_check_the_grader_knows_is_weighed() {
        assertThat(Checks.ORDER).allMatch(Points::listed);
    }

    @Test
    void passed_checks_earn_their_worth_out_of_every_check_s_worth() {
        List<CheckResult> checks = List.of(
                CheckResult.pass(Checks.BUILDS, "builds", "", "", ""),
                CheckResult.fail(Checks.SIZE, "size", "1 GB", "at most 20 MB", ""));

        Points.Score score = Points.score(checks);

        assertThat(score).isEqualTo(new Points.Score(2, 5));
        assertThat(score).hasToString("Points 2/5");
    }

    @Test
    void gold_only_checks_are_worth_nothing_so_a_score_never_exceeds_its_maximum() {
        CheckResult gold = CheckResult.pass(Checks.NON_ROOT, "non-root", "", "", "").forGold();

        assertThat(Points.score(List.of(gold))).isEqualTo(new Points.Score(0, 0));
    }
}
