package dojo.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks an engine's {@code /_ping} endpoint whether it answers, without Testcontainers: Testcontainers remembers a
 * failed lookup for the life of the JVM, so the doctor, which starts dockerd and then waits for it, must not ask it
 * before the engine is up.
 */
final class EnginePing {

    private static final int TIMEOUT_MILLIS = 3000;

    private EnginePing() {
    }

    /** Whether an engine answers at {@code dockerHost} ({@code unix://...} or {@code tcp://host:port}). */
    static boolean answers(String dockerHost) {
        try {
            if (dockerHost.startsWith("unix://")) {
                Path socket = Path.of(dockerHost.substring("unix://".length()));
                if (!Files.exists(socket)) {
                    return false;
                }
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(UnixDomainSocketAddress.of(socket));
                    channel.write(ByteBuffer.wrap(request()));
                    return isOk(Channels.newInputStream(channel));
                }
            }
            if (dockerHost.startsWith("tcp://")) {
                URI uri = URI.create(dockerHost);
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
                    socket.setSoTimeout(TIMEOUT_MILLIS);
                    OutputStream out = socket.getOutputStream();
                    out.write(request());
                    out.flush();
                    return isOk(socket.getInputStream());
                }
            }
            // ssh:// and other transports: leave the judgement to Testcontainers.
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] request() {
        return "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isOk(InputStream in) throws IOException {
        String response = new String(in.readNBytes(512), StandardCharsets.US_ASCII);
        return response.startsWith("HTTP/1.") && response.contains(" 200 ");
    }
}
