package org.incidentclassifier.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * A part of the pipeline (the compiled rules, the OpenNLP models) loaded on a thread of its own: beside the
 * lexicons, a cold start then costs the longest part instead of the sum of the parts.
 */
final class BackgroundLoad<T> {
    private final FutureTask<T> task;

    private BackgroundLoad(String name, Callable<T> work) {
        this.task = new FutureTask<>(work);
        Thread loader = new Thread(task, name);
        loader.setDaemon(true);
        loader.start();
    }

    /** Starts loading on a daemon thread called {@code name}. */
    static <T> BackgroundLoad<T> start(String name, Callable<T> work) {
        return new BackgroundLoad<>(name, work);
    }

    /** The loaded part, once ready; the rules' own problems as thrown by the compiler. */
    T await() throws RuleSetException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules and models", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleSetException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
