package dojo.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void reads_every_byte_in_order_across_many_chunks() throws IOException {
        byte[] data = new byte[5 * (1 << 20) + 12345];
        new Random(7).nextBytes(data);

        byte[] read = Prefetch.of(new ByteArrayInputStream(data)).readAllBytes();

        assertThat(read).isEqualTo(data);
    }

    @Test
    void an_empty_stream_ends_at_once() throws IOException {
        assertThat(Prefetch.of(new ByteArrayInputStream(new byte[0])).read()).isEqualTo(-1);
    }

    @Test
    void a_stream_that_breaks_off_fails_the_reader_instead_of_ending_quietly() {
        InputStream broken = new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("connection reset");
                }
                left--;
                return 'x';
            }
        };

        assertThatThrownBy(() -> Prefetch.of(broken).readAllBytes()).isInstanceOf(IOException.class)
                .hasMessageContaining("connection reset");
    }
}
