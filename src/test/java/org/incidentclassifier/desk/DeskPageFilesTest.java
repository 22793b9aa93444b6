package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's files over real HTTP: their types, the security headers, and nothing else reachable. */
class DeskPageFilesTest {

    private static HttpResponse<String> get(DeskClient desk, String path) throws Exception {
        return desk.http().send(HttpRequest.newBuilder(URI.create(desk.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageAndItsFilesAreServedWithTheirTypesAndAContentSecurityPolicy() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            List<List<String>> files = List.of(List.of("/", "text/html; charset=utf-8", "<!doctype html>"),
                    List.of("/index.html", "text/html; charset=utf-8", "<!doctype html>"),
                    List.of("/desk.js", "text/javascript; charset=utf-8", "// The analyst's desk page"),
                    List.of("/desk.css", "text/css; charset=utf-8", "/* The analyst's desk"));
            for (List<String> file : files) {
                HttpResponse<String> answer = get(desk, file.get(0));
                assertEquals(200, answer.statusCode(), file.get(0));
                assertEquals(file.get(1), answer.headers().firstValue("Content-Type").orElse(""), file.get(0));
                assertTrue(answer.body().startsWith(file.get(2)), file.get(0));
                assertEquals(StaticPage.CSP, answer.headers().firstValue("Content-Security-Policy").orElse(""));
                assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
            assertEquals(405, desk.post("/desk.js", "text/plain", "x").status());
            HttpResponse<String> head = desk.http().send(HttpRequest.newBuilder(URI.create(desk.url() + "/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
            assertEquals(StaticPage.CSP, head.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("", head.body());
        }
    }

    @Test
    void noPathReachesAnotherFileOrResource() throws Exception {
        try (DeskClient desk = new DeskClient(null)) {
            for (String path : List.of("/desk/openapi.json", "/page/desk.js", "/desk/page/desk.js", "/pom.xml",
                    "/%2e%2e/pom.xml", "/..%2fpom.xml", "/simplelogger.properties")) {
                HttpResponse<String> answer = get(desk, path);
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + " " + answer.statusCode());
                assertTrue(!answer.body().contains("<project") && !answer.body().contains("\"openapi\""), path);
            }
            // a raw request line with dot segments, as a client that does not normalise would send it
            try (Socket raw = new Socket("127.0.0.1", desk.port())) {
                raw.getOutputStream().write("GET /../../pom.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(raw.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), answer);
                assertTrue(!answer.contains("<project"));
            }
        }
    }
}
