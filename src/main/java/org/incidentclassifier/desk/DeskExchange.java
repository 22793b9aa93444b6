package org.incidentclassifier.desk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.incidentclassifier.verdict.VerdictWriter;

/** One HTTP exchange as the desk's endpoints see it: a bounded body in, JSON or problem details out. */
final class DeskExchange {
    private static final VerdictWriter JSON = new VerdictWriter(false);

    /** The most of a refused body read (and dropped) so that its sender gets the 413 answer. */
    static final long DISCARDED_BYTES = 16L * 1024 * 1024;

    private final HttpExchange exchange;
    private final int maxBodyBytes;

    DeskExchange(HttpExchange exchange, int maxBodyBytes) {
        this.exchange = exchange;
        this.maxBodyBytes = maxBodyBytes;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** Whether the client connects from this machine. */
    boolean fromLoopback() {
        return exchange.getRemoteAddress().getAddress().isLoopbackAddress();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The media type of the body, lower case, without parameters; empty when none is given. */
    String contentType() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The body, refused with 413 past the limit: a declared length is checked before anything is read. */
    byte[] body() throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (declared != null) {
                long length;
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException e) {
                    throw Problem.badRequest("bad-content-length", "Content-Length is not a number: " + declared);
                }
                if (length > maxBodyBytes) {
                    discard(in);
                    throw tooLarge();
                }
            }
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                discard(in);
                throw tooLarge();
            }
            return body;
        }
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #DISCARDED_BYTES}: a client still sending
     * when the server answers and closes gets a reset instead of the answer. Past that the connection is cut.
     */
    private static void discard(InputStream in) throws IOException {
        long left = DISCARDED_BYTES;
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0 && left > 0; n = in.read(buffer)) {
            left -= n;
        }
    }

    private Problem.Rejection tooLarge() {
        return new Problem.Rejection(Problem.of(413, "too-large", "Content too large",
                "the body is larger than " + maxBodyBytes + " bytes, the most the desk reads; split the reports"));
    }

    void json(int status, Object body) throws IOException {
        send(status, "application/json", JSON.write(body));
    }

    void problem(Problem problem) throws IOException {
        send(problem.status(), "application/problem+json", JSON.write(problem));
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void send(int status, String type, String text) throws IOException {
        send(status, type + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers {@code bytes} as {@code type} (with its charset when it has one). */
    void send(int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(method()); // the headers of the answer a GET would get, no body
        exchange.sendResponseHeaders(status, bytes.length == 0 || head ? -1 : bytes.length);
        if (bytes.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
