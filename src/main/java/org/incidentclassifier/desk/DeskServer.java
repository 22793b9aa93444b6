package org.incidentclassifier.desk;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.Pipeline;

/**
 * {@code incident serve}: the desk over HTTP, on the JDK's own server. Requests run on a fixed pool of threads,
 * each with its own pipeline (a pipeline is not thread-safe); past {@code maxInFlight} requests at once a new
 * one is refused with 503 at once rather than queued. Bodies are read up to {@link #MAX_BODY_BYTES}.
 * {@code GET /events} streams are not requests in flight: each holds a thread of its own ({@link DeskEvents}),
 * up to {@link DeskEvents#MAX_SUBSCRIBERS}.
 */
public final class DeskServer implements AutoCloseable {
    /** The largest body read, as the CLI's largest input: a report's analysis grows with its text. */
    public static final int MAX_BODY_BYTES = Ingest.MAX_BYTES;
    /** Requests served at once by default: more only queue behind the two cores' worth of analysis. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 8;

    private final HttpServer http;
    private final ExecutorService workers;
    private final Desk desk;
    private final DeskEvents events;

    private DeskServer(HttpServer http, ExecutorService workers, Desk desk, DeskEvents events) {
        this.http = http;
        this.workers = workers;
        this.desk = desk;
        this.events = events;
    }

    /**
     * Opens the desk over {@code store} (in memory when null), rebuilding its incidents, and starts serving on
     * {@code bind}:{@code port} (0 for any free port). {@code rules} loads the configured rules again for
     * {@code POST /admin/reload}.
     */
    public static DeskServer start(Pipeline pipeline, RulesReload.Loader rules, Path store, String bind, int port,
                                   int maxInFlight) throws IOException, SQLException {
        return start(pipeline, rules, store, bind, port, maxInFlight, DeskEvents.KEEP_ALIVE_MILLIS);
    }

    static DeskServer start(Pipeline pipeline, RulesReload.Loader rules, Path store, String bind, int port,
                            int maxInFlight, long keepAliveMillis) throws IOException, SQLException {
        Desk desk = Desk.open(pipeline, store);
        ThreadPipelines perThread = new ThreadPipelines(pipeline);
        DeskEvents events = new DeskEvents(keepAliveMillis);
        desk.onChange(events::publish);
        Routes routes = new Routes(desk, perThread, new RulesReload(rules, desk, perThread));
        Semaphore inFlight = new Semaphore(maxInFlight);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        } catch (IOException | RuntimeException e) {
            desk.close();
            throw e;
        }
        // one thread more than may be in flight, so a refusal is answered even when every permit is taken
        ExecutorService workers = Executors.newFixedThreadPool(maxInFlight + 1, r -> {
            Thread t = new Thread(r, "desk-worker");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.createContext("/", exchange -> {
            DeskExchange ex = new DeskExchange(exchange, MAX_BODY_BYTES);
            if (Routes.isEventStream(ex)) {
                events.subscribe(exchange, ex);
                return;
            }
            if (!inFlight.tryAcquire()) {
                ex.problem(Problem.of(503, "busy", "Service unavailable", "the desk is serving " + maxInFlight
                        + " requests, its limit; try again shortly"));
                return;
            }
            try {
                routes.handle(ex);
            } catch (Problem.Rejection rejected) {
                ex.problem(rejected.problem());
            } catch (SQLException e) {
                System.err.println("incident: the desk's store failed: " + e.getMessage());
                ex.problem(Problem.of(500, "store-failed", "Internal server error",
                        "the store could not be read or written; nothing was changed"));
            } catch (IOException | UncheckedIOException e) {
                exchange.close(); // the client went away: nothing to answer
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                System.err.println("incident: a request failed: " + e);
                ex.problem(Problem.of(500, "internal-error", "Internal server error",
                        "the request could not be served (" + e.getClass().getSimpleName() + ")"));
            } finally {
                inFlight.release();
            }
        });
        http.start();
        return new DeskServer(http, workers, desk, events);
    }

    /** The event streams, for tests of their limits. */
    DeskEvents events() {
        return events;
    }

    /** The port served on (the chosen one when started on port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address served on, as {@code http://HOST:PORT}. */
    public String url() {
        return "http://" + http.getAddress().getHostString() + ":" + port();
    }

    /** Stops serving (requests under way get a second to finish) and closes the store. */
    @Override
    public void close() throws SQLException {
        events.close();
        http.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (desk) {
            desk.close();
        }
    }
}
