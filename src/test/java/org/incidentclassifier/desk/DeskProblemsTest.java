package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad requests get 4xx problem details (RFC 9457), never a stack trace; the OpenAPI description stays true. */
class DeskProblemsTest {

    static void assertProblem(DeskClient.Answer answer, int status, String type, String title) {
        assertEquals(status, answer.status(), () -> String.valueOf(answer.body()));
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("/problems/" + type, answer.body().get("type").asText());
        assertEquals(title, answer.body().get("title").asText());
        assertEquals(status, answer.body().get("status").asInt());
        assertTrue(answer.body().get("detail").asText().length() > 10);
        assertEquals(4, answer.body().size());
    }

    @Test
    void badRequestsGetProblemDetails() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            assertProblem(desk.post("/reports", "application/json", "{\"text\": \"Gunmen"), 400, "malformed-json",
                    "Bad request");
            assertProblem(desk.post("/reports", "application/json", "[1, 2]"), 400, "not-a-report", "Bad request");
            assertProblem(desk.post("/reports", "application/json", "{\"id\": \"r\", \"text\": \"  \"}"), 400,
                    "no-text", "Bad request");
            assertProblem(desk.post("/reports", "application/json", "{\"text\": \"Gunmen attacked.\", \"rules\": \"x\"}"),
                    400, "unknown-field", "Bad request");
            assertProblem(desk.post("/reports", "application/json", "{\"text\": \"Gunmen attacked.\", \"date\": \"May\"}"),
                    400, "bad-date", "Bad request");
            assertProblem(desk.post("/reports", "application/json", "{\"id\": \"../x\", \"text\": \"Gunmen attacked.\"}"),
                    400, "bad-id", "Bad request");
            assertProblem(desk.post("/reports", "application/xml", "<report/>"), 415, "unsupported-media-type",
                    "Unsupported media type");
            assertProblem(desk.post("/classify", "text/plain", ""), 400, "no-text", "Bad request");
            assertProblem(desk.get("/incidents/incident-9"), 404, "unknown-incident", "Not found");
            assertProblem(desk.get("/incidents/incident-9/history"), 404, "unknown-incident", "Not found");
            assertProblem(desk.delete("/reports/nobody"), 404, "unknown-report", "Not found");
            assertProblem(desk.get("/nowhere"), 404, "no-such-path", "Not found");
            assertProblem(desk.send("PUT", "/incidents"), 405, "method-not-allowed", "Method not allowed");
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedWith413() throws Exception {
        byte[] big = new byte[DeskServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        try (DeskClient desk = new DeskClient(null)) {
            assertProblem(desk.post("/reports", "text/plain", big), 413, "too-large", "Content too large");
            assertProblem(desk.post("/classify", "text/plain", big), 413, "too-large", "Content too large");
            assertEquals("{\"incidents\":[]}", desk.get("/incidents").body().toString());
        }
    }

    @Test
    void pastTheRequestsInFlightANewOneGets503() throws Exception {
        try (DeskClient desk = new DeskClient(null, 1);
             Socket slow = new Socket("127.0.0.1", desk.port())) {
            // a request whose body never comes holds the one permit
            OutputStream out = slow.getOutputStream();
            out.write(("POST /reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 100\r\n\r\nGunmen").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            DeskClient.Answer refused = null;
            // the server takes the slow request's permit when its dispatcher gets to it: on a loaded machine that
            // took more than 5 s, so wait up to 30 s (the loop ends at the first 503)
            for (int attempt = 0; attempt < 300; attempt++) {
                refused = desk.get("/incidents");
                if (refused.status() == 503) {
                    break;
                }
                Thread.sleep(100);
            }
            assertProblem(refused, 503, "busy", "Service unavailable");
            slow.close();
            DeskClient.Answer served = null;
            for (int attempt = 0; attempt < 300; attempt++) {
                served = desk.get("/incidents");
                if (served.status() == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(200, served.status());
        }
    }

    /** Every path and method the description lists answers (no 404 for the path, no 405 for the method). */
    @Test
    void everyRouteInTheOpenApiDescriptionAnswers() throws Exception {
        JsonNode api;
        try (InputStream in = DeskServer.class.getResourceAsStream("/desk/openapi.json")) {
            api = DeskClient.JSON.readTree(in);
        }
        try (DeskClient desk = new DeskClient(null)) {
            assertEquals(api, desk.get("/openapi.json").body());
            int routes = 0;
            for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                    String url = path.getKey().replace("{id}", "x");
                    if (url.equals("/events")) {
                        // a stream never ends: only its status and type are read
                        var stream = desk.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(desk.url()
                                + url)).build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                        assertEquals(200, stream.statusCode());
                        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type")
                                .orElse(""));
                        stream.body().close();
                        routes++;
                        continue;
                    }
                    if (url.equals("/")) {
                        var page = desk.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(desk.url()
                                + url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, page.statusCode());
                        routes++;
                        continue;
                    }
                    DeskClient.Answer answer = "POST".equals(method) ? desk.post(url, "text/plain", "Gunmen attacked.")
                            : desk.send(method, url);
                    String where = method + " " + url + ": " + answer.body();
                    assertTrue(answer.status() != 405, where);
                    assertTrue(answer.body() == null || !"/problems/no-such-path".equals(answer.body().path("type")
                            .asText()), where);
                    routes++;
                }
            }
            assertEquals(11, routes);
        }
    }
}
