package org.incidentclassifier.desk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;

/**
 * The desk's endpoints, matched on method and path. Each handler reads a bounded body, calls the desk or the
 * pipeline and answers JSON; a refusal is thrown as a {@link Problem.Rejection} and answered by the server.
 */
final class Routes {
    private static final Set<String> JSON_LINES = Set.of("application/x-ndjson", "application/jsonl",
            "application/json-lines");

    private final Desk desk;
    private final ThreadPipelines pipeline;
    private final RulesReload reload;
    private final String openApi;
    private final StaticPage page = new StaticPage();

    Routes(Desk desk, ThreadPipelines pipeline, RulesReload reload) {
        this.desk = desk;
        this.pipeline = pipeline;
        this.reload = reload;
        this.openApi = resource("/desk/openapi.json");
    }

    /** Whether the request asks for the event stream (served outside the requests in flight). */
    static boolean isEventStream(DeskExchange ex) {
        return "GET".equals(ex.method()) && "/events".equals(ex.path());
    }

    void handle(DeskExchange ex) throws IOException, java.sql.SQLException {
        String method = ex.method();
        List<String> path = List.of(ex.path().replaceAll("^/+|/+$", "").split("/+"));
        String first = path.get(0);
        switch (path.size() + ":" + first) {
            case "1:classify" -> only(method, "POST", () -> classify(ex));
            case "1:reports" -> only(method, "POST", () -> {
                Desk.ReportInput input = ReportRequest.read(ex.contentType(), ex.body());
                Desk.Outcome outcome = desk.add(input, pipeline::get);
                if (outcome.incident() != null) {
                    ex.header("Location", "/incidents/" + outcome.incident());
                }
                ex.json(201, outcome);
            });
            case "2:reports" -> only(method, "DELETE", () -> ex.json(200, desk.withdraw(path.get(1))));
            case "1:incidents" -> only(method, "GET", () -> ex.json(200, Map.of("incidents", desk.incidents())));
            case "2:incidents" -> only(method, "GET", () -> ex.json(200, desk.incident(path.get(1))));
            case "3:incidents" -> {
                if (!"history".equals(path.get(2))) {
                    throw noRoute(ex);
                }
                only(method, "GET", () -> ex.json(200, Map.of("incident", path.get(1),
                        "changes", desk.history(path.get(1)))));
            }
            case "1:health" -> only(method, "GET", () -> ex.json(200, desk.health()));
            case "1:openapi.json" -> only(method, "GET", () -> ex.send(200, "application/json", openApi));
            case "1:events" -> only(method, "GET", () -> { }); // GET is served before the routes, as a stream
            case "2:admin" -> {
                if (!"reload".equals(path.get(1))) {
                    throw noRoute(ex);
                }
                only(method, "POST", () -> {
                    if (!ex.fromLoopback()) {
                        throw new Problem.Rejection(Problem.of(403, "not-loopback", "Forbidden",
                                "rules are reloaded only from this machine (a loopback address)"));
                    }
                    ex.json(200, reload.reload());
                });
            }
            default -> {
                if (path.size() == 1 && page.has(first)) {
                    only("HEAD".equals(method) ? "GET" : method, "GET", () -> page.serve(ex, first));
                } else {
                    throw noRoute(ex);
                }
            }
        }
    }

    /** A handler body that may fail with the desk's checked exceptions. */
    @FunctionalInterface
    private interface Handler {
        void run() throws IOException, java.sql.SQLException;
    }

    private static void only(String method, String allowed, Handler handler) throws IOException,
            java.sql.SQLException {
        if (!allowed.equals(method)) {
            throw new Problem.Rejection(Problem.of(405, "method-not-allowed", "Method not allowed",
                    "this path answers " + allowed + " only, not " + method));
        }
        handler.run();
    }

    private static Problem.Rejection noRoute(DeskExchange ex) {
        return Problem.notFound("no-such-path", "the desk has no " + ex.path() + "; see GET /openapi.json");
    }

    /** Text (one report) or JSON Lines in, read as the CLI reads its standard input; the verdict out. */
    private void classify(DeskExchange ex) throws IOException {
        String type = ex.contentType();
        if (!"text/plain".equals(type) && !JSON_LINES.contains(type)) {
            throw new Problem.Rejection(Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "POST /classify takes text/plain (one report) or application/x-ndjson (JSON Lines), not \""
                            + type + "\""));
        }
        byte[] body = ex.body();
        if (body.length == 0) {
            throw Problem.badRequest("no-text", "the body is empty: send a report's text or JSON Lines records");
        }
        List<IngestOutcome> inputs = new Ingest().read(List.of(Ingest.STDIN), new ByteArrayInputStream(body));
        ex.json(200, pipeline.get().classify(inputs));
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
