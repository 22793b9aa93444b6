package org.incidentclassifier.desk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.incidentclassifier.verdict.VerdictWriter;

/**
 * {@code GET /events}: the desk's changes as server-sent events, one {@code change} event per request that
 * changed the desk (its data is the request's answer, {@code {report, incident, changes}}). Each subscriber has
 * its own bounded queue and its own sender thread, so publishing never waits on a network write: when a
 * subscriber's queue is full (a client that does not read) it is dropped and the desk goes on. A comment line
 * is sent every {@link #KEEP_ALIVE_MILLIS} so that proxies and browsers keep the stream open.
 */
final class DeskEvents implements AutoCloseable {
    /** Subscribers at once: each holds a connection and a thread. Past it, 503. */
    static final int MAX_SUBSCRIBERS = 16;
    /** Events waiting for one subscriber before it is dropped as too slow. */
    static final int QUEUE_SIZE = 64;
    /** Silence after which a keep-alive comment is sent. */
    static final long KEEP_ALIVE_MILLIS = 15_000;

    private static final VerdictWriter JSON = new VerdictWriter(false);
    private static final String CLOSE = "";

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastId = new AtomicLong();
    private final long keepAliveMillis;
    private volatile boolean closed;

    DeskEvents(long keepAliveMillis) {
        this.keepAliveMillis = keepAliveMillis;
    }

    /** The subscribers now connected. */
    int subscribers() {
        return subscribers.size();
    }

    /**
     * Answers the exchange with an event stream and keeps it open on a thread of its own; refuses with 503
     * past {@link #MAX_SUBSCRIBERS}. Returns at once: the calling thread is free for other requests.
     */
    void subscribe(HttpExchange exchange, DeskExchange ex) throws IOException {
        Subscriber subscriber = new Subscriber(exchange);
        subscriber.queue.offer("retry: 3000\n: connected\n\n"); // first, before any event
        synchronized (subscribers) {
            if (closed || subscribers.size() >= MAX_SUBSCRIBERS) {
                ex.problem(Problem.of(503, "too-many-subscribers", "Service unavailable", "the desk already streams"
                        + " events to " + MAX_SUBSCRIBERS + " subscribers, its limit; close one or try later"));
                return;
            }
            subscribers.add(subscriber);
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException e) {
            subscribers.remove(subscriber);
            throw e;
        }
        Thread sender = new Thread(subscriber::run, "desk-events");
        sender.setDaemon(true);
        subscriber.thread = sender;
        sender.start();
    }

    /** Hands an outcome to every subscriber; never waits: a subscriber whose queue is full is dropped. */
    void publish(Desk.Outcome outcome) {
        if (subscribers.isEmpty()) {
            return;
        }
        String event = "id: " + lastId.incrementAndGet() + "\nevent: change\ndata: " + JSON.write(outcome) + "\n\n";
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.queue.offer(event)) {
                drop(subscriber);
            }
        }
    }

    private void drop(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            subscriber.queue.clear();
            subscriber.queue.offer(CLOSE);
            Thread thread = subscriber.thread;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    /** Ends every stream (the server is stopping). */
    @Override
    public void close() {
        synchronized (subscribers) {
            closed = true;
        }
        subscribers.forEach(this::drop);
    }

    /** One client's stream: its queue, drained by its own thread. */
    private final class Subscriber {
        final HttpExchange exchange;
        final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
        volatile Thread thread;

        Subscriber(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void run() {
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    String next = queue.poll(keepAliveMillis, TimeUnit.MILLISECONDS);
                    if (next == CLOSE) {
                        break;
                    }
                    out.write((next == null ? ": keep-alive\n\n" : next).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the client went away, or the desk dropped it: nothing to answer
            } finally {
                subscribers.remove(this);
                exchange.close();
            }
        }
    }
}
