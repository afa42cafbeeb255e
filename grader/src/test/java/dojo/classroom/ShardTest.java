package dojo.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    private final List<Learner> learners = IntStream.range(0, 7)
            .mapToObj(i -> new Learner("l" + i, "l" + i, Path.of("l" + i))).toList();

    @Test
    void the_shards_of_a_class_are_disjoint_and_cover_it() {
        List<Learner> all = new ArrayList<>();

        for (int i = 1; i <= 3; i++) {
            all.addAll(Shard.parse(i + "/3").select(learners));
        }

        assertThat(all).hasSize(7).doesNotHaveDuplicates().containsAll(learners);
    }

    @Test
    void a_shard_takes_the_same_learners_whatever_their_order() {
        List<Learner> reversed = new ArrayList<>(learners);
        java.util.Collections.reverse(reversed);

        assertThat(Shard.parse("2/3").select(reversed)).isEqualTo(Shard.parse("2/3").select(learners));
    }

    @Test
    void a_shard_outside_its_count_is_refused_with_the_expected_form() {
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("1 <= i <= n");
        assertThatThrownBy(() -> Shard.parse("two")).hasMessageContaining("for example 2/4");
    }
}
