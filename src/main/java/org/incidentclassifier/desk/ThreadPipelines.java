package org.incidentclassifier.desk;

import org.incidentclassifier.pipeline.Pipeline;

/**
 * A pipeline for each request thread (a pipeline is not thread-safe), made from the desk's current one; after a
 * rule reload each thread makes its next copy from the new rules.
 */
final class ThreadPipelines {
    private volatile Pipeline base;
    private final ThreadLocal<Pipeline[]> mine = new ThreadLocal<>();

    ThreadPipelines(Pipeline base) {
        this.base = base;
    }

    /** This thread's pipeline over the current rules: {base it was made from, the copy}. */
    Pipeline get() {
        Pipeline current = base;
        Pipeline[] held = mine.get();
        if (held == null || held[0] != current) {
            held = new Pipeline[] {current, current.forAnotherThread()};
            mine.set(held);
        }
        return held[1];
    }

    /** From now on, threads copy {@code rules}; returns the rules they copied until now. */
    Pipeline replace(Pipeline rules) {
        Pipeline before = base;
        base = rules;
        return before;
    }
}
