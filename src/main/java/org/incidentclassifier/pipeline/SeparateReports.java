package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.verdict.Verdict;

/**
 * Classifies reports each on its own on a pool of workers and hands their verdicts on in input order, as
 * {@code classify --separate} streams them. Each worker thread has its own pipeline
 * ({@link Pipeline#forAnotherThread()}: own OpenNLP tools, shared models, lexicons and rules). At most
 * {@code 2 x workers} reports are in flight, so memory does not grow with the batch. Not thread-safe: one
 * producer calls {@link #accept} and then {@link #close}.
 */
public final class SeparateReports implements AutoCloseable {

    /** Where verdicts go, in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Verdict verdict) throws IOException;
    }

    private record Pending(IngestOutcome input, Future<Verdict> verdict) {}

    private final ExecutorService pool;
    private final ThreadLocal<Pipeline> pipelines;
    private final Sink sink;
    private final int maxInFlight;
    private final Deque<Pending> inFlight = new ArrayDeque<>();

    public SeparateReports(Pipeline pipeline, int workers, Sink sink) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "classify-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.pipelines = ThreadLocal.withInitial(pipeline::forAnotherThread);
        this.sink = sink;
        this.maxInFlight = 2 * workers;
    }

    /** Queues one report; writes the oldest verdicts first when too many are in flight. */
    public void accept(IngestOutcome input) throws IOException {
        inFlight.addLast(new Pending(input, pool.submit(() -> pipelines.get().classify(List.of(input), true))));
        while (inFlight.size() > maxInFlight) {
            writeOldest();
        }
    }

    /** Writes every verdict still in flight, then stops the workers. */
    @Override
    public void close() throws IOException {
        try {
            while (!inFlight.isEmpty()) {
                writeOldest();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeOldest() throws IOException {
        Pending oldest = inFlight.removeFirst();
        sink.accept(verdictOf(oldest));
    }

    private static Verdict verdictOf(Pending pending) throws IOException {
        try {
            return pending.verdict().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while classifying", e);
        } catch (ExecutionException e) {
            // Pipeline.classify keeps a report's own failures as records; this is a worker that died under it
            return failed(pending.input(), e.getCause());
        }
    }

    private static Verdict failed(IngestOutcome input, Throwable cause) {
        String path = input instanceof InputDocument d ? d.path() : ((InputError) input).path();
        String id = input instanceof InputDocument d ? d.id() : null;
        return new Verdict(Verdict.SCHEMA_VERSION, null, List.of(), List.of(), List.of(),
                List.of(Pipeline.analysisFailed(path, id, cause)));
    }
}
