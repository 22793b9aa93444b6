package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * A pool of pipeline workers: each thread has its own pipeline ({@link Pipeline#forAnotherThread()}: own OpenNLP
 * tools over the shared models, lexicons and rules), applies one piece of work to each input, and the results are
 * handed on in input order, so the output does not depend on the number of workers. At most {@code 2 x workers}
 * inputs are in flight, so memory does not grow with the batch. With one worker the work runs on the caller's
 * thread and pipeline. Not thread-safe: one producer calls {@link #accept} and then {@link #close}.
 *
 * @param <I> what each piece of work reads (a report, a group of reports)
 * @param <R> what it gives
 */
final class PipelineWorkers<I, R> implements AutoCloseable {

    /** Where results go, in input order. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    /** The work: what a pipeline makes of one input. It keeps its own failures as results. */
    @FunctionalInterface
    interface Work<I, R> extends BiFunction<Pipeline, I, R> {
    }

    /** What stands for the result of an input whose worker died under it (an Error escaping the work). */
    @FunctionalInterface
    interface Crash<I, R> {
        R resultOf(I input, Throwable cause);
    }

    private record Pending<I, R>(I input, Future<R> result) {}

    private final Pipeline callerPipeline;
    private final ExecutorService pool;
    private final ThreadLocal<Pipeline> pipelines;
    private final Work<I, R> work;
    private final Crash<I, R> crash;
    private final Sink<R> sink;
    private final int maxInFlight;
    private final Deque<Pending<I, R>> inFlight = new ArrayDeque<>();

    PipelineWorkers(Pipeline pipeline, int workers, Work<I, R> work, Crash<I, R> crash, Sink<R> sink) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.callerPipeline = pipeline;
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "classify-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.pipelines = ThreadLocal.withInitial(pipeline::forAnotherThread);
        this.work = work;
        this.crash = crash;
        this.sink = sink;
        this.maxInFlight = 2 * workers;
    }

    /** Queues one input; hands the oldest results on first when too many are in flight. */
    void accept(I input) throws IOException {
        if (pool == null) {
            sink.accept(runGuarded(callerPipeline, input));
            return;
        }
        inFlight.addLast(new Pending<>(input, pool.submit(() -> work.apply(pipelines.get(), input))));
        while (inFlight.size() > maxInFlight) {
            handOnOldest();
        }
    }

    /** Hands on every result still in flight, then stops the workers. */
    @Override
    public void close() throws IOException {
        try {
            while (!inFlight.isEmpty()) {
                handOnOldest();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private R runGuarded(Pipeline pipeline, I input) {
        try {
            return work.apply(pipeline, input);
        } catch (RuntimeException | Error e) {
            return crash.resultOf(input, e);
        }
    }

    private void handOnOldest() throws IOException {
        Pending<I, R> oldest = inFlight.removeFirst();
        sink.accept(resultOf(oldest));
    }

    private R resultOf(Pending<I, R> pending) throws IOException {
        try {
            return pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while classifying", e);
        } catch (ExecutionException e) {
            return crash.resultOf(pending.input(), e.getCause());
        }
    }
}
