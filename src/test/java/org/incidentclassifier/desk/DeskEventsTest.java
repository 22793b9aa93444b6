package org.incidentclassifier.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/** GET /events over real HTTP: one event per change set, keep-alives, a bounded number of subscribers. */
class DeskEventsTest {

    /** The lines of an event stream, read on another thread so a test can wait for each with a timeout. */
    static final class EventLines implements AutoCloseable {
        final HttpResponse<Stream<String>> response;
        final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
        final Thread reader;

        EventLines(DeskClient desk) throws Exception {
            response = desk.http().send(HttpRequest.newBuilder(URI.create(desk.url() + "/events")).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException e) {
                    // the stream was closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** The next line that starts with {@code prefix}, waiting at most {@code seconds}. */
        String next(String prefix, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (String line; (line = lines.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting with \"" + prefix + "\" within " + seconds + " s");
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    @Test
    void eachChangeSetIsOneEventWithItsReportIncidentAndChanges() throws Exception {
        try (DeskClient desk = new DeskClient(null); EventLines events = new EventLines(desk)) {
            assertEquals(200, events.response.statusCode());
            assertEquals("text/event-stream; charset=utf-8",
                    events.response.headers().firstValue("Content-Type").orElse(""));
            events.next(": connected", 5);
            DeskClient.Answer posted = desk.postReport("seed-000", DeskServerTest.seed("000_"));
            assertEquals("id: 1", events.next("id:", 30));
            assertEquals("event: change", events.next("event:", 1));
            JsonNode added = DeskClient.JSON.readTree(events.next("data: ", 1).substring(6));
            assertEquals(posted.body(), added);
            assertEquals("seed-000", added.get("report").asText());
            assertEquals("incident-1", added.get("incident").asText());
            assertEquals("opened", added.get("changes").get(0).get("state").asText());

            desk.delete("/reports/seed-000");
            assertEquals("id: 2", events.next("id:", 30));
            JsonNode withdrawn = DeskClient.JSON.readTree(events.next("data: ", 1).substring(6));
            assertEquals("seed-000", withdrawn.get("report").asText());
            assertEquals("withdrawn", withdrawn.get("changes").get(0).get("action").asText());
            assertEquals("closed", withdrawn.get("changes").get(0).get("state").asText());
        }
    }

    @Test
    void aQuietStreamGetsKeepAliveComments() throws Exception {
        try (DeskClient desk = new DeskClient(null, DeskServer.DEFAULT_MAX_IN_FLIGHT, SharedPipeline::get, 200);
             EventLines events = new EventLines(desk)) {
            events.next(": connected", 5);
            assertEquals(": keep-alive", events.next(":", 5));
            assertEquals(": keep-alive", events.next(":", 5));
        }
    }

    @Test
    void pastTheSubscriberLimitAStreamIsRefusedWith503AndStreamsAreNoRequestsInFlight() throws Exception {
        List<EventLines> open = new ArrayList<>();
        // a client that goes away is noticed at the next write: keep-alives come every 200 ms here
        try (DeskClient desk = new DeskClient(null, 2, SharedPipeline::get, 200)) {
            for (int i = 0; i < DeskEvents.MAX_SUBSCRIBERS; i++) {
                EventLines events = new EventLines(desk);
                open.add(events);
                events.next(": connected", 5);
            }
            assertEquals(DeskEvents.MAX_SUBSCRIBERS, desk.server().events().subscribers());
            DeskProblemsTest.assertProblem(desk.get("/events"), 503, "too-many-subscribers", "Service unavailable");
            // sixteen streams, yet a desk with two requests in flight still answers
            assertEquals(200, desk.get("/incidents").status());
            open.remove(0).close();
            waitFor(() -> desk.server().events().subscribers() == DeskEvents.MAX_SUBSCRIBERS - 1);
            EventLines again = new EventLines(desk);
            open.add(again);
            again.next(": connected", 5);
        } finally {
            open.forEach(EventLines::close);
        }
    }

    @Test
    void aClientThatDoesNotReadIsDroppedAndNeverHoldsTheDeskUp() throws Exception {
        try (DeskClient desk = new DeskClient(null);
             Socket stuck = new Socket("127.0.0.1", desk.port())) {
            stuck.setReceiveBufferSize(4096);
            OutputStream out = stuck.getOutputStream();
            out.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitFor(() -> desk.server().events().subscribers() == 1);
            // far more than the socket buffers and the subscriber's queue hold; the client reads none of it
            Desk.Outcome big = new Desk.Outcome("r".repeat(256 * 1024), null, List.of());
            long start = System.nanoTime();
            for (int i = 0; i < 4 * DeskEvents.QUEUE_SIZE; i++) {
                desk.server().events().publish(big);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 5_000, "publishing waited " + millis + " ms on a client that does not read");
            assertEquals(0, desk.server().events().subscribers());
            assertEquals(200, desk.get("/incidents").status());
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "the condition did not hold within 5 s");
    }
}
