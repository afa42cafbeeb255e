package dojo.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileStagesTest {

    @Test
    void copy_from_index_zero_makes_two_stages_and_a_multi_stage_build() {
        String text = Fixtures.dockerfile("copy-from-index-zero");

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(dockerfile.isMultiStage()).isTrue();
        CopySource source = dockerfile.finalStage().copySources().get(0);
        assertThat(source.stage()).as("--from=0 names the first stage").containsSame(dockerfile.stages().get(0));
        assertThat(source.image()).isEmpty();
    }

    @Test
    void from_an_earlier_stage_name_in_another_case_builds_on_that_stage_not_on_an_image() {
        String text = """
                FROM alpine AS Base
                FROM base AS final
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        Stage base = dockerfile.stages().get(0);
        Stage last = dockerfile.finalStage();
        assertThat(base.name()).contains("base");
        assertThat(last.baseStage()).containsSame(base);
        assertThat(last.baseName()).isEqualTo("base");
    }

    @Test
    void a_global_arg_default_is_substituted_into_from() {
        String text = """
                ARG TAG=3.20
                FROM alpine:${TAG} AS b
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.finalStage().baseName()).isEqualTo("alpine:3.20");
        assertThat(dockerfile.finalStage().name()).contains("b");
        assertThat(dockerfile.globalArgs()).containsExactly(new Arg("TAG", Optional.of("3.20")));
    }

    @Test
    void a_heredoc_line_that_reads_like_from_is_no_stage_and_no_image() {
        String text = Fixtures.dockerfile("heredoc-with-python-import");

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages()).extracting(Stage::baseName).containsExactly("python:3.12-slim");
        assertThat(dockerfile.stage("app")).isEmpty();
        assertThat(dockerfile.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "CMD");
    }

    @Test
    void copying_only_from_an_external_image_is_not_multi_stage() {
        String text = """
                FROM alpine:3.20
                COPY --from=golang:1.22 /x /x
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.isMultiStage()).isFalse();
        CopySource source = dockerfile.finalStage().copySources().get(0);
        assertThat(source.image()).contains("golang:1.22");
        assertThat(source.stage()).isEmpty();
    }

    @Test
    void a_second_from_that_nothing_copies_from_is_not_multi_stage() {
        String text = """
                FROM golang:1.22 AS build
                RUN go build -o /app .
                FROM alpine:3.20
                RUN echo "no copy from build"
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(dockerfile.isMultiStage()).isFalse();
    }

    @Test
    void a_copy_into_a_stage_the_final_stage_builds_on_makes_it_multi_stage() {
        String text = """
                FROM golang:1.22 AS build
                RUN go build -o /app .
                FROM alpine:3.20 AS runtime
                COPY --from=build /app /app
                FROM runtime
                USER 65532
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.finalStage().copySources()).isEmpty();
        assertThat(dockerfile.isMultiStage()).as("the final stage is built FROM runtime").isTrue();
    }

    @Test
    void a_copy_in_a_stage_the_final_stage_does_not_build_on_does_not_count() {
        String text = """
                FROM golang:1.22 AS build
                FROM alpine:3.20 AS test
                COPY --from=build /app /app
                FROM alpine:3.20
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.isMultiStage()).isFalse();
    }

    @Test
    void a_go_build_copied_into_scratch_reads_as_two_linked_stages() {
        String text = Fixtures.dockerfile("go-build-then-scratch");

        Dockerfile dockerfile = Dockerfile.parse(text);

        Stage build = dockerfile.stage("BUILD").orElseThrow();
        Stage last = dockerfile.finalStage();
        assertThat(build.baseName()).isEqualTo("golang:1.22-alpine");
        assertThat(build.line()).isEqualTo(4);
        assertThat(last.isScratch()).isTrue();
        assertThat(last.instructions()).extracting(Instruction::keyword)
                .containsExactly("FROM", "COPY", "USER", "ENTRYPOINT");
        assertThat(last.copySources()).extracting(CopySource::reference).containsExactly("build");
        assertThat(dockerfile.isMultiStage()).isTrue();
        assertThat(dockerfile.syntax()).contains("docker/dockerfile:1");
    }

    @Test
    void stages_are_found_by_index_as_well_as_by_name() {
        String text = """
                FROM alpine AS first
                FROM alpine
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stage("1")).containsSame(dockerfile.finalStage());
        assertThat(dockerfile.stage("First")).containsSame(dockerfile.stages().get(0));
        assertThat(dockerfile.stage("2")).isEmpty();
        assertThat(dockerfile.stage("second")).isEmpty();
    }

    @Test
    void from_a_name_no_earlier_stage_has_is_an_image() {
        String text = """
                FROM later AS first
                FROM alpine AS later
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages().get(0).baseStage()).isEmpty();
        assertThat(dockerfile.stages().get(0).baseName()).isEqualTo("later");
    }

    @Test
    void copy_from_may_name_a_later_stage_as_buildkit_builds_stages_as_a_graph() {
        String text = """
                FROM alpine AS helper
                COPY --from=tools /bin/tool /bin/tool
                FROM busybox AS tools
                FROM helper
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages().get(0).copySources().get(0).stage())
                .containsSame(dockerfile.stage("tools").orElseThrow());
        assertThat(dockerfile.isMultiStage()).isTrue();
    }

    @Test
    void global_args_take_the_forms_of_shell_substitution() {
        String text = """
                ARG REGISTRY
                ARG IMAGE=alpine VERSION="3.20"
                ARG REF=${IMAGE}:$VERSION
                FROM ${REGISTRY:-docker.io}/${REF} AS defaulted
                FROM ${IMAGE:+busybox}${REGISTRY:+-never} AS alternative
                FROM golang:${VERSION%.*} AS trimmed
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.stages()).extracting(Stage::baseName)
                .containsExactly("docker.io/alpine:3.20", "busybox", "golang:3");
        assertThat(dockerfile.globalArgs()).containsExactly(
                new Arg("REGISTRY", Optional.empty()),
                new Arg("IMAGE", Optional.of("alpine")),
                new Arg("VERSION", Optional.of("3.20")),
                new Arg("REF", Optional.of("alpine:3.20")));
    }

    @Test
    void an_arg_inside_a_stage_only_redeclares_and_is_not_global() {
        String text = """
                ARG TAG=3.20
                FROM alpine:${TAG}
                ARG TAG
                ARG OTHER=1
                FROM busybox:${OTHER}
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        assertThat(dockerfile.globalArgs()).extracting(Arg::name).containsExactly("TAG");
        assertThat(dockerfile.stages()).extracting(Stage::baseName).containsExactly("alpine:3.20", "busybox:");
        assertThat(dockerfile.instructions()).hasSize(5);
    }

    @Test
    void a_stage_lists_its_from_first_and_stops_at_the_next_from() {
        String text = """
                FROM alpine AS one
                RUN true
                FROM alpine AS two
                CMD ["sh"]
                """;

        Dockerfile dockerfile = Dockerfile.parse(text);

        List<Instruction> first = dockerfile.stages().get(0).instructions();
        assertThat(first).extracting(Instruction::toString).containsExactly("FROM alpine AS one", "RUN true");
        assertThat(dockerfile.finalStage().index()).isEqualTo(1);
        assertThat(dockerfile.finalStage().line()).isEqualTo(3);
    }

    @Test
    void from_takes_a_platform_flag_before_the_image() {
        String text = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n";

        Dockerfile dockerfile = Dockerfile.parse(text);

        Stage build = dockerfile.finalStage();
        assertThat(build.baseName()).isEqualTo("golang:1.22");
        assertThat(build.from().flags()).containsEntry("platform", "$BUILDPLATFORM");
    }
}
