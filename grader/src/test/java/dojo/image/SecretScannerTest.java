package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SecretScannerTest {

    @Test
    void a_long_secret_is_masked_to_its_first_six_and_last_two_characters() {
        assertThat(SecretScanner.mask("ghp_abcdefghijklmnopqrstuvwxyz0123456789yz")).isEqualTo("ghp_ab…yz");
    }

    @Test
    void a_short_secret_keeps_nothing() {
        assertThat(SecretScanner.mask("hunter2")).isEqualTo("…");
    }

    @Test
    void a_public_ssh_key_is_no_candidate_but_the_private_one_is() {
        assertThat(SecretScanner.isCandidate("/root/.ssh/id_rsa.pub")).isFalse();
        assertThat(SecretScanner.isCandidate("/root/.ssh/id_rsa")).isTrue();
    }

    @Test
    void docker_registry_credentials_are_found_in_a_docker_config() {
        byte[] config = "{\"auths\":{\"registry.example\":{\"auth\":\"bGVhcm5lcjpzM2NyM3QtcGFzc3dvcmQ=\"}}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SecretScanner.scanFile("/root/.docker/config.json", config.length, config))
                .extracting(SecretScanner.Match::kind, SecretScanner.Match::excerpt)
                .containsExactly(tuple("registry credentials", "bGVhcm…Q="));
    }

    @Test
    void an_aws_access_key_id_is_found_in_a_build_command() {
        assertThat(SecretScanner.scanCommand("RUN /bin/sh -c aws configure set key AKIAABCDEFGHIJKLMNOP"))
                .extracting(SecretScanner.Match::kind).containsExactly("AWS access key id");
    }

    @Test
    void a_variable_that_names_a_secret_file_is_no_secret() {
        assertThat(SecretScanner.scanEnv("POSTGRES_PASSWORD_FILE=/run/secrets/db")).isEmpty();
    }
}
