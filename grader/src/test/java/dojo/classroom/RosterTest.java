package dojo.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterTest {

    @TempDir
    Path submissions;

    @Test
    void a_plain_lower_case_name_is_its_own_id() {
        String id = Roster.idFor("ana");

        assertThat(id).isEqualTo("ana");
    }

    @Test
    void names_that_differ_only_in_case_get_different_ids() {
        String lower = Roster.idFor("ana");
        String upper = Roster.idFor("Ana");

        assertThat(upper).startsWith("ana-").isNotEqualTo(lower);
    }

    @Test
    void dots_spaces_and_slashes_never_reach_a_file_name() {
        String id = Roster.idFor("../Dan O'Brien.v2");

        assertThat(id).matches("[a-z0-9_-]+").startsWith("dan-o-brien-v2-");
    }

    @Test
    void a_name_with_nothing_usable_still_gets_an_id() {
        String id = Roster.idFor("...");

        assertThat(id).matches("learner-[0-9a-f]{8}");
    }

    @Test
    void links_files_and_hidden_folders_are_not_learners() throws IOException {
        Files.createDirectories(submissions.resolve("ana"));
        Files.createDirectories(submissions.resolve(".git"));
        Files.writeString(submissions.resolve("notes.txt"), "hello");
        Files.createSymbolicLink(submissions.resolve("root"), Path.of("/"));

        Roster roster = Roster.of(submissions);

        assertThat(roster.learners()).extracting(Learner::folder).containsExactly("ana");
        assertThat(roster.ignored()).containsExactly(".git", "notes.txt", "root");
    }

    @Test
    void a_learner_keeps_the_same_id_when_a_clashing_name_joins_the_class() throws IOException {
        Files.createDirectories(submissions.resolve("ana"));
        String before = Roster.of(submissions).learners().get(0).id();
        Files.createDirectories(submissions.resolve("Ana"));

        Roster roster = Roster.of(submissions);

        assertThat(roster.learners()).filteredOn(l -> l.folder().equals("ana")).extracting(Learner::id)
                .containsExactly(before);
        assertThat(roster.learners()).extracting(Learner::id).doesNotHaveDuplicates();
    }
}
