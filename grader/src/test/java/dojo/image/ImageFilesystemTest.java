package dojo.image;

import static dojo.image.LayerTarBuilder.layer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImageFilesystemTest {

    @Test
    void a_whiteout_in_a_later_layer_removes_the_path_and_its_children() {
        LayerIndex base = layer().dir("/x").file("/x/a", "1").dir("/x/sub").file("/x/sub/b", "2").file("/xy", "3")
                .index();
        LayerIndex upper = layer().whiteout("/x").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.files()).extracting(FileNode::path).containsExactly("/", "/xy");
    }

    @Test
    void an_opaque_directory_hides_lower_content_but_keeps_what_its_own_layer_adds() {
        LayerIndex base = layer().dir("/var/cache").file("/var/cache/old", "stale").dir("/var/cache/apt").index();
        LayerIndex upper = layer().dir("/var/cache").opaque("/var/cache").file("/var/cache/new", "fresh").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.list("/var/cache")).extracting(FileNode::path).containsExactly("/var/cache/new");
    }

    @Test
    void a_later_entry_replaces_an_earlier_one_at_the_same_path() {
        LayerIndex base = layer().file("/etc/motd", "old").index();
        LayerIndex upper = layer().file("/etc/motd", "newer").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.get("/etc/motd")).get().extracting(FileNode::size, FileNode::layer).containsExactly(5L, 1);
    }

    @Test
    void a_file_replacing_a_directory_removes_the_directorys_children() {
        LayerIndex base = layer().dir("/bin").executable("/bin/gcc", "elf").index();
        LayerIndex upper = layer().symlink("/bin", "usr/bin").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.get("/bin/gcc")).isEmpty();
    }

    @Test
    void a_directory_replacing_a_directory_keeps_the_lower_children() {
        LayerIndex base = layer().dir("/etc").file("/etc/hosts", "").index();
        LayerIndex upper = layer().dir("/etc").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.get("/etc/hosts")).isPresent();
    }

    @Test
    void parents_a_layer_does_not_list_exist_as_directories() {
        LayerIndex scratch = layer().executable("/app/server", "elf").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(scratch));

        assertThat(fs.get("/app")).get().extracting(FileNode::type).isEqualTo(EntryType.DIRECTORY);
        assertThat(fs.list("/")).extracting(FileNode::path).containsExactly("/app");
    }

    @Test
    void list_gives_direct_children_only() {
        LayerIndex base = layer().dir("/usr").dir("/usr/bin").file("/usr/bin/bash", "").file("/usr/lib", "").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.list("/usr")).extracting(FileNode::path).containsExactly("/usr/bin", "/usr/lib");
    }

    @Test
    void get_does_not_follow_symlinks() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(mergedUsr()));

        assertThat(fs.get("/bin/gcc")).isEmpty();
        assertThat(fs.get("/bin")).get().extracting(FileNode::type).isEqualTo(EntryType.SYMLINK);
    }

    @Test
    void bin_gcc_resolves_through_the_merged_usr_link() {
        ImageFilesystem fs = ImageFilesystem.of(List.of(mergedUsr()));

        assertThat(fs.resolve("/bin/gcc")).get().extracting(FileNode::path).isEqualTo("/usr/bin/gcc-12");
    }

    @Test
    void an_absolute_link_target_is_read_from_the_image_root() {
        LayerIndex base = layer().executable("/usr/bin/gcc-12", "elf").symlink("/opt/cc", "/usr/bin/gcc-12").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/opt/cc")).get().extracting(FileNode::path).isEqualTo("/usr/bin/gcc-12");
    }

    @Test
    void dot_dot_in_a_link_target_stops_at_the_root() {
        LayerIndex base = layer().file("/etc/os-release", "debian").symlink("/a/escape", "../../../../etc/os-release")
                .index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/a/escape")).get().extracting(FileNode::path).isEqualTo("/etc/os-release");
    }

    @Test
    void a_hardlink_resolves_to_the_file_it_links() {
        LayerIndex base = layer().executable("/bin/busybox", "elf").hardlink("/bin/sh", "/bin/busybox").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/bin/sh")).get().extracting(FileNode::path).isEqualTo("/bin/busybox");
    }

    @Test
    void a_dangling_link_resolves_to_nothing() {
        LayerIndex base = layer().symlink("/usr/bin/cc", "/etc/alternatives/cc").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/usr/bin/cc")).isEmpty();
    }

    @Test
    void links_that_loop_resolve_to_nothing() {
        LayerIndex base = layer().symlink("/a", "b").symlink("/b", "/a").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/a")).isEmpty();
    }

    @Test
    void a_path_through_a_regular_file_resolves_to_nothing() {
        LayerIndex base = layer().file("/etc/hosts", "").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base));

        assertThat(fs.resolve("/etc/hosts/x")).isEmpty();
    }

    @Test
    void each_node_remembers_the_layer_that_provided_it() {
        LayerIndex base = layer().dir("/usr").index();
        LayerIndex upper = layer().file("/usr/app", "").index();

        ImageFilesystem fs = ImageFilesystem.of(List.of(base, upper));

        assertThat(fs.files()).extracting(FileNode::path, FileNode::layer)
                .containsExactly(tuple("/", 0), tuple("/usr", 0), tuple("/usr/app", 1));
    }

    private static LayerIndex mergedUsr() {
        return layer()
                .symlink("/bin", "usr/bin")
                .dir("/usr")
                .dir("/usr/bin")
                .executable("/usr/bin/gcc-12", "elf")
                .symlink("/usr/bin/gcc", "gcc-12")
                .index();
    }
}
