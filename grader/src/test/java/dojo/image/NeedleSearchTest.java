package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class NeedleSearchTest {

    private static final String TOKEN = "dojo-token-1b2c3d4e5f";

    @Test
    void finds_a_token_in_a_layer_file_that_a_later_layer_deleted() throws IOException {
        byte[] lower = tar(entry("root/.token", TOKEN + "\n"));
        byte[] upper = tar(entry("root/.wh..token", ""));
        byte[] archive = tar(entry("aaa/layer.tar", lower), entry("bbb/layer.tar", upper),
                entry("manifest.json", "[{\"Layers\":[\"aaa/layer.tar\",\"bbb/layer.tar\"]}]"));

        assertThat(NeedleSearch.find(new ByteArrayInputStream(archive), TOKEN))
                .containsExactly("layer 1 of 2: /root/.token");
    }

    @Test
    void finds_a_token_in_the_history_of_the_config() throws IOException {
        byte[] archive = tar(entry("cfg.json", "{\"history\":[{\"created_by\":\"|1 TOKEN=" + TOKEN
                + " /bin/sh -c ./fetch\"}]}"));

        assertThat(NeedleSearch.find(new ByteArrayInputStream(archive), TOKEN)).containsExactly("cfg.json");
    }

    @Test
    void finds_a_token_that_straddles_two_read_chunks() throws IOException {
        byte[] content = new byte[64 * 1024 + 100];
        Arrays.fill(content, (byte) 'x');
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(token, 0, content, 64 * 1024 - 5, token.length);

        assertThat(NeedleSearch.contains(new ByteArrayInputStream(content), token)).isTrue();
    }

    @Test
    void an_image_without_the_token_has_no_findings() throws IOException {
        byte[] archive = tar(entry("aaa/layer.tar", tar(entry("app", "binary"))), entry("cfg.json", "{}"));

        assertThat(NeedleSearch.find(new ByteArrayInputStream(archive), TOKEN)).isEmpty();
    }

    private record Entry(String name, byte[] content) {
    }

    private static Entry entry(String name, String content) {
        return new Entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Entry entry(String name, byte[] content) {
        return new Entry(name, content);
    }

    private static byte[] tar(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Entry entry : entries) {
                TarArchiveEntry header = new TarArchiveEntry(entry.name());
                header.setSize(entry.content().length);
                tar.putArchiveEntry(header);
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
