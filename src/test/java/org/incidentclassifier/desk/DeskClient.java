package org.incidentclassifier.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.incidentclassifier.pipeline.SharedPipeline;

/** A real desk server on a random port of 127.0.0.1, and a real HTTP client to talk to it. */
final class DeskClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final DeskServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The answer: status, media type and body parsed as JSON. */
    record Answer(int status, String contentType, JsonNode body) {}

    DeskClient(Path store, int maxInFlight) throws IOException, SQLException {
        this(store, maxInFlight, SharedPipeline::get);
    }

    /** A desk whose POST /admin/reload loads {@code rules}. */
    DeskClient(Path store, int maxInFlight, RulesReload.Loader rules) throws IOException, SQLException {
        this(store, maxInFlight, rules, DeskEvents.KEEP_ALIVE_MILLIS);
    }

    /** A desk whose event streams send a keep-alive comment after {@code keepAliveMillis} of silence. */
    DeskClient(Path store, int maxInFlight, RulesReload.Loader rules, long keepAliveMillis)
            throws IOException, SQLException {
        server = DeskServer.start(SharedPipeline.get().forAnotherThread(), rules, store, "127.0.0.1", 0, maxInFlight,
                keepAliveMillis);
    }

    HttpClient http() {
        return http;
    }

    DeskServer server() {
        return server;
    }

    String url() {
        return server.url();
    }

    DeskClient(Path store) throws IOException, SQLException {
        this(store, DeskServer.DEFAULT_MAX_IN_FLIGHT);
    }

    int port() {
        return server.port();
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Answer post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a report as JSON {id, text}. */
    Answer postReport(String id, String text) throws IOException, InterruptedException {
        return post("/reports", "application/json", JSON.createObjectNode().put("id", id).put("text", text).toString());
    }

    Answer send(String method, String path) throws IOException, InterruptedException {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(120));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                body.isEmpty() ? null : JSON.readTree(body));
    }

    @Override
    public void close() throws SQLException {
        server.close();
    }
}
