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

    private final HttpExchange exchange;
    private final int maxBodyBytes;

    DeskExchange(HttpExchange exchange, int maxBodyBytes) {
        this.exchange = exchange;
        this.maxBodyBytes = maxBodyBytes;
    }

    String method() {
        return exchange.getRequestMethod();
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
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodyBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw Problem.badRequest("bad-content-length", "Content-Length is not a number: " + declared);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
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
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
