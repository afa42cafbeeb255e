package dojo.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * One slice of a class, {@code i/n}: with the learners sorted by id, the shard takes every n-th one starting at the
 * i-th, so that n machines of a CI matrix grade disjoint slices that together cover the class.
 *
 * @param index which slice, from 1
 * @param count how many slices
 */
public record Shard(int index, int count) {

    /** The whole class in one slice. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, for example 2/4; got " + index
                    + "/" + count);
        }
    }

    /**
     * Reads {@code i/n}, for example {@code 2/4}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is i/n, for example 2/4; got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is i/n with whole numbers, for example 2/4; got '" + text
                    + "'");
        }
    }

    /** This shard's learners, from learners sorted by id. */
    public List<Learner> select(List<Learner> learners) {
        List<Learner> sorted = new ArrayList<>(learners);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        List<Learner> mine = new ArrayList<>();
        for (int i = index - 1; i < sorted.size(); i += count) {
            mine.add(sorted.get(i));
        }
        return List.copyOf(mine);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
