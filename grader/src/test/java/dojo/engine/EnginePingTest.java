package dojo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginePingTest {

    @Test
    void an_engine_that_answers_its_ping_is_found(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("docker.sock");

        boolean answers = withServer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK",
                () -> EnginePing.answers("unix://" + socket));

        assertThat(answers).isTrue();
    }

    @Test
    void a_socket_file_left_behind_by_a_stopped_engine_does_not_answer(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }

        assertThat(EnginePing.answers("unix://" + socket)).as("the file exists, nothing listens").isFalse();
    }

    @Test
    void a_missing_socket_or_a_refusing_port_does_not_answer() {
        assertThat(EnginePing.answers("unix:///nonexistent/docker.sock")).isFalse();
        assertThat(EnginePing.answers("tcp://127.0.0.1:1")).isFalse();
    }

    @Test
    void a_server_that_errors_is_no_engine(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("docker.sock");

        boolean answers = withServer(socket, "HTTP/1.1 500 Internal Server Error\r\n\r\n",
                () -> EnginePing.answers("unix://" + socket));

        assertThat(answers).isFalse();
    }

    private static boolean withServer(Path socket, String response, java.util.function.BooleanSupplier client)
            throws IOException, InterruptedException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread serving = new Thread(() -> {
                try (SocketChannel connection = server.accept()) {
                    connection.read(ByteBuffer.allocate(1024));
                    connection.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
                } catch (IOException ignored) {
                    // The client saw whatever it saw.
                }
            });
            serving.start();
            boolean answers = client.getAsBoolean();
            serving.join(5000);
            return answers;
        }
    }
}
