package dojo.check;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.dockerfile.Dockerfile;
import dojo.image.Toolchain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static final long LIMIT = Size.megabytes(20);
    private static final long GOLD = Size.megabytes(8);

    @Test
    void size_fails_with_measured_and_expected_on_their_own_lines() {
        CheckResult result = Checks.size(1_100_000_000L, LIMIT, GOLD);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("""
                Expecting the image to be at most 20 MB
                  but was: 1.1 GB
                  expected: at most 20 MB (55.0× over)
                Next step: build in one stage and copy only what runs (the binary, or the jar or scripts) into a \
                small final stage: scratch for a static binary, debian:bookworm-slim with just the runtime \
                otherwise""");
    }

    @Test
    void size_at_the_limit_passes_and_says_what_gold_needs() {
        CheckResult result = Checks.size(LIMIT, LIMIT, GOLD);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).contains("gold needs at most 8 MB");
    }

    @Test
    void size_one_byte_over_the_limit_fails() {
        assertThat(Checks.size(LIMIT + 1, LIMIT, GOLD).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void toolchain_check_names_every_tool_found_and_where_its_link_leads() {
        List<Toolchain> found = List.of(new Toolchain("go", "/usr/bin/go", "/usr/lib/go-1.19/bin/go"),
                new Toolchain("gcc", "/usr/bin/gcc", "/usr/bin/x86_64-linux-gnu-gcc-12"));

        CheckResult result = Checks.noToolchain(found);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.measured()).isEqualTo("gcc, go");
        assertThat(result.message()).contains("but found: gcc, go");
        assertThat(result.message()).contains("/usr/bin/go -> /usr/lib/go-1.19/bin/go")
                .endsWith("Next step: copy only what runs from the build stage (the binary, or the jar and a runtime,"
                        + " or the compiled scripts): the final stage should start FROM a runtime base and never"
                        + " install compilers");
    }

    @Test
    void toolchain_check_passes_on_an_empty_list() {
        assertThat(Checks.noToolchain(List.of()).passed()).isTrue();
    }

    @Test
    void root_in_every_spelling_fails_the_non_root_check() {
        for (String user : List.of("", "root", "0", "0:0", "root:root", "ROOT", "00", "0000", "00:00")) {
            assertThat(Checks.nonRoot(user).status()).as("USER '%s'", user).isEqualTo(Status.FAIL);
        }
    }

    @Test
    void a_numeric_or_named_user_passes_the_non_root_check() {
        for (String user : List.of("65532:65532", "nobody", "app", "1000")) {
            assertThat(Checks.nonRoot(user).passed()).as("USER '%s'", user).isTrue();
        }
    }

    @Test
    void single_stage_dockerfile_fails_multi_stage_naming_the_line_of_its_from() {
        Dockerfile dockerfile = Dockerfile.parse("# a comment\nFROM debian:bookworm\nRUN true\n");

        CheckResult result = Checks.multiStage(dockerfile);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("but was: one stage (line 2: FROM debian:bookworm)");
    }

    @Test
    void copying_from_a_build_stage_passes_multi_stage() {
        Dockerfile dockerfile = Dockerfile.parse("FROM debian AS build\nRUN make\nFROM scratch\n"
                + "COPY --from=build /app /app\n");

        assertThat(Checks.multiStage(dockerfile).passed()).isTrue();
    }

    @Test
    void an_app_that_exits_is_explained_by_its_missing_loader_and_its_logs() {
        ProbeOutcome outcome = new ProbeOutcome(false, "the container exited with code 127 before answering",
                Optional.of(127L), List.of("exec /greeter: no such file or directory"));

        CheckResult result = Checks.appResponds("GET :8080/", outcome,
                Optional.of("/greeter is dynamically linked: it needs the loader /lib64/ld-linux-x86-64.so.2,"
                        + " which is missing from the image"), "unused");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("because: /greeter is dynamically linked")
                .contains("| exec /greeter: no such file or directory")
                .contains("CGO_ENABLED=0");
    }

    @Test
    void a_failed_build_names_its_step_and_shows_its_last_lines() {
        CheckResult result = Checks.buildFailed("exit code: 100", "[2/5] RUN apt-get install -y golang",
                List.of("E: Unable to locate package golang"), Remedies.BUILD_FAILED);

        assertThat(result.message()).contains("failing step: [2/5] RUN apt-get install -y golang")
                .contains("| E: Unable to locate package golang");
    }

    @Test
    void a_shell_form_cmd_fails_exec_form_showing_how_docker_stored_it() {
        CheckResult result = Checks.execForm(List.of(), List.of("/bin/sh", "-c", "greeter"));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("but was: shell form, stored as [\"/bin/sh\", \"-c\", \"greeter\"]");
    }

    @Test
    void an_exec_form_entrypoint_passes_even_with_a_cmd_of_arguments() {
        assertThat(Checks.execForm(List.of("/greeter"), List.of("--port", "8080")).passed()).isTrue();
    }

    @Test
    void no_entrypoint_and_no_cmd_fails_exec_form() {
        assertThat(Checks.execForm(List.of(), List.of()).measured()).isEqualTo("none");
    }

    @Test
    void a_leftover_package_manager_only_costs_gold() {
        CheckResult result = Checks.noPackageManager(List.of(new Toolchain("apt", "/usr/bin/apt", "/usr/bin/apt")));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.goldOnly()).as("needed for gold only").isTrue();
    }

    @Test
    void sources_left_in_the_image_are_listed_with_the_next_step() {
        CheckResult result = Checks.noSources(List.of("/src/main.go", "/src/.git/"));

        assertThat(result.measured()).isEqualTo("2 paths");
        assertThat(result.message()).contains("/src/main.go\n    /src/.git/").contains("COPY --from=build");
    }

    @Test
    void a_rebuild_that_reruns_the_dependency_step_fails_and_lists_what_ran() {
        CheckResult result = Checks.cacheReuse("app/main.go", "fetch-private-deps",
                List.of("[5/7] COPY app/ .", "[6/7] RUN ./deps/fetch-private-deps.sh && go build ."),
                List.of("[2/7] RUN apt-get install -y golang-go"));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("but was: the step with fetch-private-deps ran again")
                .contains("[5/7] COPY app/ .");
    }

    @Test
    void a_rebuild_that_takes_the_dependency_step_from_the_cache_passes() {
        CheckResult result = Checks.cacheReuse("app/main.go", "fetch-private-deps",
                List.of("[build 6/7] COPY app/*.go ./", "[build 7/7] RUN go build"),
                List.of("[build 5/7] RUN --mount=type=secret,id=private_token ./deps/fetch-private-deps.sh"));

        assertThat(result.passed()).isTrue();
        assertThat(result.measured()).isEqualTo("2 of 3 steps ran again");
    }

    @Test
    void a_dockerfile_without_the_dependency_step_fails_the_cache_check() {
        CheckResult result = Checks.cacheReuse("app/main.go", "fetch-private-deps", List.of("[2/2] RUN go build"),
                List.of());

        assertThat(result.measured()).isEqualTo("no step mentions fetch-private-deps");
    }

    @Test
    void a_secret_found_in_a_layer_fails_naming_where() {
        CheckResult result = Checks.noBuildSecret(List.of("private_token in layer 3 of 6: /root/.private_token"));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.measured()).isEqualTo("found in 1 place");
        assertThat(result.message()).contains("layer 3 of 6: /root/.private_token").contains("--mount=type=secret");
    }

    @Test
    void an_app_that_never_answers_gets_the_commands_to_try_it_by_hand() {
        ProbeOutcome outcome = new ProbeOutcome(false, "no answer containing \"hello\" on port 8080 within 30 s",
                Optional.empty(), List.of());

        CheckResult result = Checks.appResponds("GET :8080/ answers with \"hello\"", outcome, Optional.empty(),
                Remedies.appSilent("katas/01-go-static/Dockerfile", "katas/01-go-static", "-p 8080:8080 "));

        assertThat(result.message()).startsWith("Expecting the app to pass its probe: GET :8080/ answers with")
                .endsWith("Next step: build and start the image yourself and read its output: `docker build -t try -f"
                        + " katas/01-go-static/Dockerfile katas/01-go-static && docker run --rm -p 8080:8080 try`");
    }

    @Test
    void a_named_user_that_the_images_passwd_maps_to_uid_0_is_root() {
        CheckResult result = Checks.nonRoot("admin", java.util.OptionalLong.of(0));

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.measured()).isEqualTo("admin, which is uid 0 (root)");
    }
}
