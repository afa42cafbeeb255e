package dojo.report;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.check.Checks;
import dojo.check.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

    @Test
    void a_damaged_results_file_is_kept_aside_and_the_new_attempt_still_lands(@TempDir Path root) throws Exception {
        ResultsStore store = ResultsStore.in(root);
        Files.createDirectories(store.file("01-go-static").getParent());
        Files.writeString(store.file("01-go-static"), "{\"kata\": \"01-go-st");

        Optional<Path> aside = store.append(record("katas/01-go-static/Dockerfile"), Optional.empty());

        assertThat(aside).isPresent();
        assertThat(Files.readString(aside.get())).as("nothing the learner had is lost").isEqualTo("{\"kata\": \"01-go-st");
        assertThat(store.attempts("01-go-static")).hasSize(1);
    }

    @Test
    void attempts_that_finish_together_are_all_kept(@TempDir Path root) throws Exception {
        ResultsStore store = ResultsStore.in(root);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = List.of(
                    pool.submit(() -> store.append(record("a"), Optional.empty())),
                    pool.submit(() -> store.append(record("b"), Optional.empty())),
                    pool.submit(() -> store.append(record("c"), Optional.empty())),
                    pool.submit(() -> store.append(record("d"), Optional.empty())));
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.attempts("01-go-static")).hasSize(4);
    }

    @Test
    void the_reference_solution_is_never_the_learners_before(@TempDir Path root) throws Exception {
        ResultsStore store = ResultsStore.in(root);
        store.append(record("solutions/01-go-static/Dockerfile"), Optional.empty());

        assertThat(store.starter("01-go-static")).isEmpty();
    }

    private static GradeRecord record(String dockerfile) {
        return new GradeRecord("01-go-static", dockerfile, "2026-12-03T18:00:00Z", "BuildKit", 1.0, null,
                1_100_000_000L, Size.megabytes(20), Size.megabytes(8), 5, false, List.of(), 247, "", 2.0,
                List.of(Checks.size(1_100_000_000L, Size.megabytes(20), Size.megabytes(8))));
    }
}
