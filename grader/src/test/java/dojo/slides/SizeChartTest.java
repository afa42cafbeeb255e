package dojo.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SizeChartTest {

    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"bar (starter|solution)\" data-bytes=\"(\\d+)\" x=\"\\d+\" y=\"\\d+\" width=\"([\\d.]+)\"");

    @Test
    void draws_a_starter_and_a_solution_bar_for_each_kata() {
        String svg = SizeChart.of(Fixtures.measurements().katas()).svg();

        assertThat(BAR.matcher(svg).results().map(m -> m.group(1) + " " + m.group(2)).toList()).containsExactly(
                "starter 1100000000", "solution 4460000", "starter 812000000", "solution 118000000",
                "starter 1040000000", "solution 151000000");
    }

    @Test
    void the_axis_is_logarithmic_so_equal_ratios_make_equal_steps() {
        KataMeasurement kata = kata(2_000_000_000, 20_000_000);
        KataMeasurement tenTimesSmaller = kata(200_000_000, 2_000_000);

        List<Double> widths = BAR.matcher(SizeChart.of(List.of(kata, tenTimesSmaller)).svg()).results()
                .map(m -> Double.parseDouble(m.group(3))).toList();

        assertThat(widths.get(0) - widths.get(1)).as("2 GB to 20 MB, two decades")
                .isEqualTo(widths.get(2) - widths.get(3), offset(0.2));
        assertThat(widths.get(0) - widths.get(2)).as("one decade").isEqualTo((widths.get(0) - widths.get(1)) / 2,
                offset(0.2));
    }

    @Test
    void labels_each_bar_and_tick_with_a_size_written_as_the_report_card_writes_it() {
        String svg = SizeChart.of(List.of(Fixtures.measurements().katas().get(0))).svg();

        assertThat(svg).contains(">1.1 GB</text>", ">4.46 MB</text>", ">1 MB</text>", ">10 GB</text>",
                ">247 times smaller</text>");
    }

    @Test
    void says_what_it_shows_for_screen_readers() {
        String svg = SizeChart.of(List.of(Fixtures.measurements().katas().get(0))).svg();

        assertThat(svg).contains("<title>Image sizes before and after, logarithmic axis: 01-go-static 1.1 GB before,"
                + " 4.46 MB after.</title>");
    }

    private static KataMeasurement kata(long before, long after) {
        return new KataMeasurement("kata-" + before, "a kata",
                new ImageMeasurement(before, 1, List.of(), 0, 1.0, "BuildKit", ""),
                new ImageMeasurement(after, 1, List.of(), 0, 1.0, "BuildKit", "pass"));
    }
}
