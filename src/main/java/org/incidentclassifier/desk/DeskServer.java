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
 */
public final class DeskServer implements AutoCloseable {
    /** The largest body read, as the CLI's largest input: a report's analysis grows with its text. */
    public static final int MAX_BODY_BYTES = Ingest.MAX_BYTES;
    /** Requests served at once by default: more only queue behind the two cores' worth of analysis. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 8;

    private final HttpServer http;
    private final ExecutorService workers;
    private final Desk desk;

    private DeskServer(HttpServer http, ExecutorService workers, Desk desk) {
        this.http = http;
        this.workers = workers;
        this.desk = desk;
    }

    /**
     * Opens the desk over {@code store} (in memory when null), rebuilding its incidents, and starts serving on
     * {@code bind}:{@code port} (0 for any free port).
     */
    public static DeskServer start(Pipeline pipeline, Path store, String bind, int port, int maxInFlight)
            throws IOException, SQLException {
        Desk desk = Desk.open(pipeline, store);
        ThreadLocal<Pipeline> perThread = ThreadLocal.withInitial(pipeline::forAnotherThread);
        Routes routes = new Routes(desk, perThread::get);
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
        return new DeskServer(http, workers, desk);
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
